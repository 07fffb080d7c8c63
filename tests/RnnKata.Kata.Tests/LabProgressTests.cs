using RnnKata.Grading;
using RnnKata.Kata.Progress;
using static RnnKata.Kata.Tests.Results;

namespace RnnKata.Kata.Tests;

public class LabProgressTests
{
    private static readonly ChapterTask[] ThreeTasks =
    [
        new(1, "one", "docs/x.md#task-1-one"), new(2, "two", "docs/x.md#task-2-two"), new(3, "three", "docs/x.md#task-3-three"),
    ];

    [Test]
    public void A_test_counts_under_its_task_id_else_under_the_task_its_stub_message_links_to_else_under_task_unknown()
    {
        var result = Of(Lab01, Passed("A.Tagged", 1), NotStarted("A.Linked", null, linkedTask: 2), Passed("A.Untagged", null),
                        NotStarted("A.TaggedBeatsLink", 3, linkedTask: 1));

        var progress = LabProgress.From(Lab01, result, ThreeTasks, []);

        progress.Tasks.Select(t => (t.Number, t.Tests.Count)).Should().Equal((1, 1), (2, 1), (3, 1), (null, 1));
        progress.Tasks[^1].Label.Should().Be("task ?");
        progress.Tasks[2].Tests.Single().Name.Should().EndWith("TaggedBeatsLink");
    }

    [Test]
    public void A_task_passes_when_all_its_tests_pass_fails_when_one_fails_and_is_not_started_otherwise()
    {
        var result = Of(Lab01, Passed("A.P1", 1), Passed("A.P2", 1), Passed("A.Q1", 2), Failed("A.Q2", 2, "wrong"), NotStarted("A.Q3", 2, 2),
                        Passed("A.R1", 3), NotStarted("A.R2", 3, 3));

        var progress = LabProgress.From(Lab01, result, ThreeTasks, []);

        progress.ChapterTasks.Select(t => t.State).Should().Equal(TaskState.Passed, TaskState.Failing, TaskState.NotStarted);
        progress.TasksDone.Should().Be(1);
    }

    [Test]
    public void The_current_task_is_the_first_failing_one_even_after_a_task_not_started()
    {
        var result = Of(Lab01, Passed("A.P", 1), NotStarted("A.Q", 2, 2), Failed("A.R", 3, "wrong"));

        var progress = LabProgress.From(Lab01, result, ThreeTasks, []);

        progress.Current!.Number.Should().Be(3);
        progress.FirstProblem(progress.Current)!.Message.Should().Be("wrong");
    }

    [Test]
    public void A_chapter_task_without_tests_is_unknown_never_done_and_all_done_has_no_current_task()
    {
        var result = Of(Lab01, Passed("A.P", 1), Passed("A.Q", 2));

        var progress = LabProgress.From(Lab01, result, ThreeTasks, []);

        progress.ChapterTasks[2].State.Should().Be(TaskState.Unknown);
        progress.TasksDone.Should().Be(2);
        progress.Current!.Number.Should().Be(3, "a task no test is known to check is not done");
        LabProgress.From(Lab01, result, ThreeTasks[..2], []).Current.Should().BeNull();
    }

    [Test]
    public void Extension_hidden_and_skipped_tests_are_not_counted()
    {
        var result = Of(Lab01, Passed("A.P", 1), Failed("A.Ext", 1, "x") with { IsExtension = true }, Failed("A.Hidden", 1, "x") with { IsHidden = true },
                        new TestResult("A.Skipped", TestOutcome.Skipped, null) { Task = 1 });

        var progress = LabProgress.From(Lab01, result, ThreeTasks, []);

        progress.Tasks[0].Tests.Should().ContainSingle().Which.Name.Should().EndWith("A.P");
        progress.Tasks[0].State.Should().Be(TaskState.Passed);
    }
}
