// Every test here belongs to Lab 5 (dotnet test --filter Category=Lab05), and a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing.
[assembly: Category("Lab05")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
