// Every test here belongs to Lab 1 (dotnet test --filter Category=Lab01), and a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing.
[assembly: Category("Lab01")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
