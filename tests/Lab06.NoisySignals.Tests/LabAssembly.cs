// Every test here belongs to Lab 6 (dotnet test --filter Category=Lab06), and a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing.
[assembly: Category("Lab06")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
