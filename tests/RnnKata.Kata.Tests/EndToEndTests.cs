using RnnKata.Catalogue;
using RnnKata.Grading;
using RnnKata.Kata.Grading;
using RnnKata.Kata.Progress;

namespace RnnKata.Kata.Tests;

/// <summary>The real fast path on Lab 1's stubs, in a copy of the kata (so that no build here races another test
/// assembly's build of the same projects): one build of its tests (30 to 90 s), then a grading in about a second.</summary>
[Category("KataEndToEnd")]
public class EndToEndTests
{
    private string _copy = null!;
    private LabRun _lab01Stubs = null!;

    private LabRun Lab01Stubs => _lab01Stubs;

    [OneTimeSetUp]
    public void GradeLab01StubsInACopy()
    {
        _copy = Path.Combine(Path.GetTempPath(), "rnnkata-kata-tests", "e2e-" + Guid.NewGuid().ToString("N")[..12]);
        SubmissionOverlay.CopyTree(Results.Root, _copy);
        _lab01Stubs = new FastLabGrading(_copy).Grade(Results.Lab01, TestContext.CurrentContext.CancellationToken);
        _lab01Stubs.Result.Problems.Should().BeEmpty("Lab 1's stubs build and their tests run");
    }

    [OneTimeTearDown]
    public void DeleteCopy()
    {
        if (Directory.Exists(_copy))
            Directory.Delete(_copy, recursive: true);
    }

    [Test]
    public void Every_test_of_lab_1_comes_with_its_task_id_from_the_listing()
    {
        var tests = Lab01Stubs.Result.Tests;

        tests.Should().NotBeEmpty().And.OnlyContain(t => t.Outcome == TestOutcome.NotStarted, "the stubs are untouched");
        tests.Should().OnlyContain(t => t.Task != null, "every Lab 1 fixture or test carries [KataTask(N)]");
        tests.Select(t => t.Task).Distinct().Should().BeEquivalentTo(new int?[] { 1, 2, 3 });
        // Each test's tag agrees with the stub it reaches first on the pristine stubs, except where it calls an earlier step first.
        tests.Where(t => t.Task < t.TaskOrLinked).Should().BeEmpty("no test is tagged with an earlier task than the stub it reaches");
    }

    [Test]
    public void The_stubs_left_reach_the_screen_as_rk0001_findings_each_naming_its_page_once()
    {
        var notes = Lab01Stubs.Findings.Where(f => f.Contains("RK0001", StringComparison.Ordinal)).ToArray();

        notes.Should().HaveCount(3);
        notes.Should().Contain(n => n.Contains("TwoStepRnn.FirstStep")).And.Contain(n => n.Contains("TwoStepRnn.Unroll"));
        notes.Should().OnlyContain(n => CountOf(n, "docs/analyzers/RK0001.md") == 1, "the rule's page is named once");
    }

    [Test]
    public void Progress_on_the_stubs_is_zero_of_three_tasks_with_task_1_current()
    {
        var lab = Results.Lab01;
        var progress = LabProgress.From(lab, Lab01Stubs.Result, Chapter.Tasks(Path.Combine(Results.Root, lab.Chapter), lab.Chapter), Lab01Stubs.Findings);

        progress.TasksDone.Should().Be(0);
        progress.ChapterTasks.Should().HaveCount(3).And.OnlyContain(t => t.State == TaskState.NotStarted);
        progress.Tasks.Should().NotContain(t => t.Number == null, "no Lab 1 test is without a task");
        progress.Current!.Number.Should().Be(1);
    }

    [Test]
    public void Status_and_watch_once_run_through_the_real_fast_path_reusing_the_first_build()
    {
        // A new grading of the copy: it finds the preparation of the setup and reuses it (no build), as the next command would.
        var console = new TextConsole();
        var context = new KataContext(_copy, [Results.Lab01], console.Console, new FastLabGrading(_copy));

        KataApp.Run(["status"], context).Should().Be(KataApp.ExitOk);
        KataApp.Run(["watch", "--once"], context).Should().Be(KataApp.ExitOk);

        console.Text.Should().Contain("0/3 tasks done · 0 passed, 0 failing, 37 not started of 37 tests")
            .And.Contain("All labs").And.Contain("Task 1: the first step").And.Contain("read: docs/01-two-step-rnn.md#task-1-the-first-step")
            .And.Contain("Not started: ").And.Contain("info RK0001: TwoStepRnn.Unroll is not implemented yet");
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
