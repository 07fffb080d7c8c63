using RnnKata.Grading;
using RnnKata.Kata.Progress;
using RnnKata.Kata.Views;
using static RnnKata.Kata.Tests.Results;

namespace RnnKata.Kata.Tests;

public class ScreenTests
{
    private static readonly ChapterTask[] Tasks = [new(1, "one", "docs/x.md#task-1-one"), new(2, "two", "docs/x.md#task-2-two")];

    private static LabProgress Halfway(params string[] findings) => LabProgress.From(Lab01, Of(Lab01,
        Passed("F.A", 1), Failed("F.B", 2, "Expected 0.5 but found 0.7 (reread docs/x.md#task-2-two).\n   at Foo.Bar() in /x/Foo.cs:line 3"),
        NotStarted("F.C", 2, 2), Passed("F.D", null)), Tasks, findings);

    [Test]
    public void Status_shows_each_labs_tasks_done_a_bar_and_each_tasks_state_and_tests()
    {
        var console = new TextConsole();

        StatusView.Write(console.Console, [Halfway()]);

        console.Text.Should().Contain("Lab01").And.Contain("1/2 tasks done").And.Contain("2 passed, 1 failing, 1 not started of 4 tests")
            .And.Contain("██████████░░░░░░░░░░")
            .And.MatchRegex(@"✓ passed\s+Task 1: one\s+1/1 tests")
            .And.MatchRegex(@"✗ failing\s+Task 2: two\s+0/2 tests\s+docs/x.md#task-2-two")
            .And.MatchRegex(@"passed\s+task \?: tests without a task id\s+1/1 tests");
    }

    [Test]
    public void Watch_shows_the_current_task_its_link_its_first_failure_without_the_stack_trace_and_the_findings()
    {
        var console = new TextConsole();

        WatchScreen.Write(console.Console, Halfway("x.cs(3,1): info RK0001: Foo.Bar is not implemented yet (docs/analyzers/RK0001.md)"));

        console.Text.Should().Contain("Task 2: two").And.Contain("read: docs/x.md#task-2-two")
            .And.Contain("First failure: F.B").And.Contain("Expected 0.5 but found 0.7")
            .And.NotContain("at Foo.Bar()", "the screen shows the message, never a stack trace")
            .And.Contain("RK0001: Foo.Bar is not implemented yet");
    }

    [Test]
    public void Watch_shows_a_not_started_tests_stub_message_without_the_not_started_prefix_twice()
    {
        var console = new TextConsole();
        var progress = LabProgress.From(Lab01, Of(Lab01, NotStarted("F.A", 1, 1)), Tasks, []);

        WatchScreen.Write(console.Console, progress);

        console.Text.Should().Contain("Not started: F.A").And.Contain("Implement task 1 — see docs/01-two-step-rnn.md#task-1-x")
            .And.NotContain("Not started: Not started");
    }

    [Test]
    public void A_lab_that_does_not_build_shows_the_compilers_errors_instead_of_a_task()
    {
        var console = new TextConsole();
        var broken = Scoring.Unscored(Lab01, LabStatus.BuildFailed, ["exercises/Lab01.TwoStepRnn/TwoStepRnn.cs(3,1): error CS1002: ; expected"]);

        WatchScreen.Write(console.Console, LabProgress.From(Lab01, broken, Tasks, []));

        console.Text.Should().Contain("does not build").And.Contain("error CS1002: ; expected").And.NotContain("Task 1: one");
    }
}
