// Every test here belongs to Lab 3 (dotnet test --filter Category=Lab03), and a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing; a failing test that does not already name its
// chapter section ends its message with the chapter section of its task (its [KataTask]) to reread.
[assembly: Category("Lab03")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
[assembly: RnnKata.TestSupport.SeeChapterOnFailure(
    "docs/03-gru-lstm.md#task-1-the-linear-map-in-pytorchs-layout",
    "docs/03-gru-lstm.md#task-2-the-linear-map-backward",
    "docs/03-gru-lstm.md#task-3-one-lstm-step",
    "docs/03-gru-lstm.md#task-4-one-lstm-step-backward",
    "docs/03-gru-lstm.md#task-5-an-lstm-layer-over-a-sequence",
    "docs/03-gru-lstm.md#task-6-backpropagation-through-time-for-the-lstm",
    "docs/03-gru-lstm.md#task-7-stacked-lstm-layers",
    "docs/03-gru-lstm.md#task-8-backward-through-the-stack",
    "docs/03-gru-lstm.md#task-9-one-gru-step-two-reset-placements",
    "docs/03-gru-lstm.md#task-10-one-gru-step-backward",
    "docs/03-gru-lstm.md#task-11-a-gru-layer-over-a-sequence",
    "docs/03-gru-lstm.md#task-12-backpropagation-through-time-for-the-gru",
    Otherwise = "docs/03-gru-lstm.md#what-the-tests-check")]
