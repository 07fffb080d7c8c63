// Every test here belongs to Lab 8 (dotnet test --filter Category=Lab08), a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing, and a failing
// test ends its message with the chapter section of its task (its [KataTask]) to reread.
[assembly: Category("Lab08")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
[assembly: RnnKata.TestSupport.SeeChapterOnFailure(
    "docs/08-char-text.md#task-1-the-alphabet-and-the-encoding",
    "docs/08-char-text.md#task-2-softmax-cross-entropy-over-the-alphabet",
    "docs/08-char-text.md#task-3-greedy-and-temperature-sampling",
    "docs/08-char-text.md#task-4-truncated-bptt-with-a-carried-state",
    "docs/08-char-text.md#task-5-adagrad-and-clipping",
    Otherwise = "docs/08-char-text.md#what-the-tests-check")]
