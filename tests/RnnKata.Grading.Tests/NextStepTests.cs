using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

[Category("Grading")]
public class NextStepTests
{
    private static GradingReport Report(params LabResult[] labs) => new(KataTarget.Exercises, null, DateTimeOffset.UnixEpoch, labs);

    private static TestResult Stub(string name, int task) =>
        new($"RnnKata.Lab02.Tests.T.{name}", TestOutcome.NotStarted, $"Not started: Implement X — see docs/02-bptt.md#task-{task}-the-step");

    [Test]
    public void Names_the_first_lab_not_done_and_its_first_task_not_done_with_its_section()
    {
        var report = Report(
            Scoring.Score(Samples.Lab01, Samples.Tests(passed: 3)),
            Scoring.Score(Samples.Lab02, [new TestResult("RnnKata.Lab02.Tests.T.Done", TestOutcome.Passed, null), Stub("Later", 4), Stub("Sooner", 3)]));

        var next = NextStep.Of(report, [Samples.Lab01, Samples.Lab02]);

        next.Should().StartWith("Next: Lab02 (Backpropagation through time), task 3: start it (read docs/02-bptt.md#task-3-the-step)")
            .And.Contain("watch --lab Lab02");
    }

    [Test]
    public void A_failing_test_asks_for_a_fix_and_falls_back_on_the_chapter()
    {
        var next = NextStep.Of(Report(Scoring.Score(Samples.Lab01, Samples.Tests(passed: 1, failed: 1))), [Samples.Lab01]);

        next.Should().StartWith("Next: Lab01 (Manual two-step RNN): fix its failing tests (read docs/01-two-step-rnn.md)");
    }

    [Test]
    public void A_lab_that_does_not_build_comes_first()
    {
        var report = Report(Scoring.Unscored(Samples.Lab01, LabStatus.BuildFailed, ["error CS1002"]), Scoring.Score(Samples.Lab02, [Stub("A", 1)]));

        NextStep.Of(report, [Samples.Lab01, Samples.Lab02]).Should().StartWith("Next: make Lab01 build");
    }

    [Test]
    public void Says_so_when_everything_passes() =>
        NextStep.Of(Report(Scoring.Score(Samples.Lab01, Samples.Tests(passed: 2))), [Samples.Lab01])
            .Should().Be("Next: nothing left: every graded test passes.");
}
