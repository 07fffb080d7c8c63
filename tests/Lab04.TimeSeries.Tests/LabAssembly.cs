// Every test here belongs to Lab 4 (dotnet test --filter Category=Lab04), a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing, and a failing
// test ends its message with the chapter section of its task (its [KataTask]) to reread.
[assembly: Category("Lab04")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
[assembly: RnnKata.TestSupport.SeeChapterOnFailure(
    "docs/04-time-series.md#task-1-sample-a-series-and-slide-a-window",
    "docs/04-time-series.md#task-2-random-windows-with-shifted-targets",
    "docs/04-time-series.md#task-3-the-losses-and-their-gradients",
    "docs/04-time-series.md#task-4-one-adam-step",
    "docs/04-time-series.md#task-5-the-training-loop",
    "docs/04-time-series.md#task-6-naive-baselines",
    "docs/04-time-series.md#task-7-closed-loop-generation",
    Otherwise = "docs/04-time-series.md#what-the-tests-check")]
