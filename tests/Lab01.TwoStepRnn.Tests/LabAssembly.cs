// Every test here belongs to Lab 1 (dotnet test --filter Category=Lab01), a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing, and a failing
// test ends its message with the chapter section of its task (its [KataTask]) to reread.
[assembly: Category("Lab01")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
[assembly: RnnKata.TestSupport.SeeChapterOnFailure(
    "docs/01-two-step-rnn.md#task-1-the-first-step",
    "docs/01-two-step-rnn.md#task-2-the-second-step",
    "docs/01-two-step-rnn.md#task-3-unroll-both-steps",
    Otherwise = "docs/01-two-step-rnn.md#what-the-tests-check")]
