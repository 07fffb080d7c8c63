// Every test here belongs to Lab 2 (dotnet test --filter Category=Lab02), and a test that reaches a
// stub still throwing NotImplementedException reports "Not started" instead of failing; a failing test that does not already name its
// chapter section ends its message with the chapter section of its task (its [KataTask]) to reread. Tests of the
// optional extensions also carry the category GradingContract.ExtensionCategory ("Extension"):
// reported, not counted toward the points.
[assembly: Category("Lab02")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
[assembly: RnnKata.TestSupport.SeeChapterOnFailure(
    "docs/02-elman-bptt.md#task-1-activations-and-their-derivatives",
    "docs/02-elman-bptt.md#task-2-one-step-of-the-hidden-layer",
    "docs/02-elman-bptt.md#task-3-one-step-backward",
    "docs/02-elman-bptt.md#task-4-forward-over-a-sequence",
    "docs/02-elman-bptt.md#task-5-mean-squared-error",
    "docs/02-elman-bptt.md#task-6-softmax-cross-entropy",
    "docs/02-elman-bptt.md#task-7-backpropagation-through-time",
    "docs/02-elman-bptt.md#task-8-truncated-bptt",
    "docs/02-elman-bptt.md#task-9-gradient-clipping",
    "docs/02-elman-bptt.md#task-10-an-sgd-step",
    "docs/02-elman-bptt.md#task-11-the-training-loop",
    "docs/02-elman-bptt.md#task-12-the-jordan-network-forward",
    "docs/02-elman-bptt.md#task-13-the-jordan-network-backward",
    "docs/02-elman-bptt.md#task-14-stacked-layers-forward",
    "docs/02-elman-bptt.md#task-15-stacked-layers-backward",
    Otherwise = "docs/02-elman-bptt.md#what-the-tests-check")]
