// Every test here belongs to Lab 5 (dotnet test --filter Category=Lab05), a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing, and a failing
// test ends its message with the chapter section of its task (its [KataTask]) to reread.
[assembly: Category("Lab05")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
[assembly: RnnKata.TestSupport.SeeChapterOnFailure(
    "docs/05-seq2seq.md#task-1-the-encoderdecoder-forward",
    "docs/05-seq2seq.md#task-2-backward-through-the-decoder-and-the-encoder",
    "docs/05-seq2seq.md#task-3-the-seeds-loss",
    "docs/05-seq2seq.md#task-4-one-rmsprop-step",
    "docs/05-seq2seq.md#task-5-normalising-the-noisy-signal",
    Otherwise = "docs/05-seq2seq.md#what-the-tests-check")]
