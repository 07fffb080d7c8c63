using RnnKata.Engine;
using RnnKata.Experiments.Running;

namespace RnnKata.Experiments.Tests;

public sealed class ExperimentRunnerTests
{
    private sealed class Throwing(string name, Exception error) : IExperiment
    {
        public string Name => name;

        public string Summary => "throws";

        public ExperimentResult Run(ExperimentContext context) => throw error;
    }

    private sealed class Measuring : IExperiment
    {
        public string Name => "measuring";

        public string Summary => "one metric";

        public ExperimentResult Run(ExperimentContext context)
        {
            context.Progress(new ProgressUpdate("half", 0.5, 0.25, 0.5));
            return new ExperimentResult([Metric.Single(Name, "m", "d", 1, true, 0)], [], []);
        }
    }

    private static ExperimentSettings Settings() =>
        new(["x"], BackendKind.Simd, 42, 1, Quick: true, Path.Combine(Path.GetTempPath(), "rnnkata-runner-tests"), null, "solutions");

    [Test]
    public void An_experiment_that_reaches_a_stub_is_not_started_with_the_stubs_message_and_the_next_one_still_runs()
    {
        var stub = new NotImplementedException("Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md#task-1-the-first-step");
        var updates = new List<ProgressUpdate>();

        var outcomes = ExperimentRunner.Run([new Throwing("lab01", stub), new Measuring()], Settings(), _ => updates.Add);

        outcomes[0].Status.Should().Be(ExperimentStatus.NotStarted);
        outcomes[0].Message.Should().Be("not started: Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md#task-1-the-first-step");
        outcomes[0].Result.Should().BeNull();
        outcomes[1].Status.Should().Be(ExperimentStatus.Completed);
        outcomes[1].Result!.Metrics.Should().ContainSingle().Which.Name.Should().Be("m");
        updates.Should().ContainSingle().Which.Should().Be(new ProgressUpdate("half", 0.5, 0.25, 0.5));
    }

    [Test]
    public void An_experiment_that_throws_anything_else_failed_with_the_error_named()
    {
        var outcome = ExperimentRunner.Run([new Throwing("lab02", new ArgumentException("xs must be finite"))], Settings(), _ => _ => { }).Single();

        outcome.Status.Should().Be(ExperimentStatus.Failed);
        outcome.Message.Should().Be("ArgumentException: xs must be finite");
    }
}
