// Every test here belongs to Lab 4 (dotnet test --filter Category=Lab04), and a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing.
[assembly: Category("Lab04")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
