using System.Diagnostics;

namespace RnnKata.Grading.Tests;

/// <summary>The child-process runner: output, time limit, cancellation. Uses sh, so not on Windows.</summary>
[Category("Grading")]
[Platform(Exclude = "Win")]
public class ProcessRunnerTests
{
    private static readonly string Here = Path.GetTempPath();

    [Test]
    public void Output_and_errors_are_captured_in_order_with_the_exit_code()
    {
        var result = ProcessRunner.Run("sh", ["-c", "echo one; echo two >&2; exit 3"], Here, TimeSpan.FromSeconds(30));

        result.ExitCode.Should().Be(3);
        result.TimedOut.Should().BeFalse();
        result.Output.Should().BeEquivalentTo("one", "two");
    }

    [Test]
    public void Process_past_its_time_limit_is_killed_with_its_children()
    {
        var clock = Stopwatch.StartNew();

        var result = ProcessRunner.Run("sh", ["-c", "sleep 60 & wait"], Here, TimeSpan.FromSeconds(1));

        result.TimedOut.Should().BeTrue();
        result.ExitCode.Should().Be(-1);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "the child sleep must not keep the pipes open");
    }

    [Test]
    public void Cancellation_kills_the_process_and_says_so()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        FluentActions.Invoking(() => ProcessRunner.Run("sh", ["-c", "sleep 60"], Here, TimeSpan.FromMinutes(5), cancellationToken: cancellation.Token))
            .Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Environment_can_set_and_remove_variables()
    {
        System.Environment.SetEnvironmentVariable("RNNKATA_GRADING_PROBE", "inherited");

        var result = ProcessRunner.Run("sh", ["-c", "echo \"[$RNNKATA_GRADING_PROBE][$RNNKATA_GRADING_SET]\""], Here, TimeSpan.FromSeconds(30),
            new Dictionary<string, string?> { ["RNNKATA_GRADING_PROBE"] = null, ["RNNKATA_GRADING_SET"] = "set" });

        result.Output.Should().Equal("[][set]");
    }

    [Test]
    public void Program_that_does_not_exist_cannot_be_started() =>
        FluentActions.Invoking(() => ProcessRunner.Run("no-such-program-rnnkata", [], Here, TimeSpan.FromSeconds(5)))
            .Should().Throw<System.ComponentModel.Win32Exception>();
}
