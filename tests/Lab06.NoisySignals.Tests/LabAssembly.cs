// Every test here belongs to Lab 6 (dotnet test --filter Category=Lab06), a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing, and a failing
// test ends its message with the chapter section of its task (its [KataTask]) to reread.
[assembly: Category("Lab06")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
[assembly: RnnKata.TestSupport.SeeChapterOnFailure(
    "docs/06-noisy-signals.md#task-1-windows-without-padding",
    "docs/06-noisy-signals.md#task-2-the-dense-relu-head",
    "docs/06-noisy-signals.md#task-3-honest-baselines",
    "docs/06-noisy-signals.md#task-4-returns-and-a-chronological-split",
    "docs/06-noisy-signals.md#task-5-rmsprop-as-keras-runs-it",
    Otherwise = "docs/06-noisy-signals.md#what-the-tests-check")]
