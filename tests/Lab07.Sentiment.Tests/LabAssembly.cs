// Every test here belongs to Lab 7 (dotnet test --filter Category=Lab07), a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing, and a failing
// test ends its message with the chapter section of its task (its [KataTask]) to reread.
[assembly: Category("Lab07")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
[assembly: RnnKata.TestSupport.SeeChapterOnFailure(
    "docs/07-sentiment.md#task-1-the-vocabulary",
    "docs/07-sentiment.md#task-2-one-hot-inputs",
    "docs/07-sentiment.md#task-3-the-many-to-one-forward-pass",
    "docs/07-sentiment.md#task-4-backpropagation-from-the-last-step",
    "docs/07-sentiment.md#task-5-the-training-loop",
    Otherwise = "docs/07-sentiment.md#what-the-tests-check")]
