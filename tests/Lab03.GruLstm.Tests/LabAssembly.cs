// Every test here belongs to Lab 3 (dotnet test --filter Category=Lab03), and a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing.
[assembly: Category("Lab03")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
