using RnnKata.Catalogue;
using RnnKata.Grading;

namespace RnnKata.Kata.Progress;

/// <summary>
/// A lab's progress per chapter task: each scored test counted under its task (its <c>[KataTask(N)]</c>, else the
/// task its not-started message links to), the chapter's tasks in order, and "task ?" for tests with neither.
/// </summary>
/// <param name="Lab">The lab.</param>
/// <param name="Result">Its graded result.</param>
/// <param name="Tasks">The chapter's tasks with their tests, then (when some tests have no task) "task ?".</param>
/// <param name="Findings">What the analyzers said about the lab's files (warnings, then RK0001's stubs left).</param>
public sealed record LabProgress(Lab Lab, LabResult Result, IReadOnlyList<TaskProgress> Tasks, IReadOnlyList<string> Findings)
{
    /// <summary>Chapter tasks whose tests all pass.</summary>
    public int TasksDone => ChapterTasks.Count(t => t.State == TaskState.Passed);

    /// <summary>The chapter's tasks (or, for a chapter without task headings, the tasks its tests name).</summary>
    public IReadOnlyList<TaskProgress> ChapterTasks => Tasks.Where(t => t.Number is not null).ToArray();

    /// <summary>The lab did not build or its tests did not run: <see cref="LabResult.Problems"/> says why.</summary>
    public bool IsBroken => Result.Status is LabStatus.BuildFailed or LabStatus.RunFailed;

    /// <summary>The task to work on: the first that fails, else the first not started, else the first not known to pass; null when all pass.</summary>
    public TaskProgress? Current =>
        Tasks.FirstOrDefault(t => t.State == TaskState.Failing)
        ?? Tasks.FirstOrDefault(t => t.State == TaskState.NotStarted)
        ?? Tasks.FirstOrDefault(t => t.State == TaskState.Unknown && t.Number is not null);

    /// <summary>The first failing test of <paramref name="task"/> (or of the lab), else its first not-started one.</summary>
    public TestResult? FirstProblem(TaskProgress? task)
    {
        var tests = task?.Tests ?? Result.Tests;
        return tests.FirstOrDefault(t => t.Outcome == TestOutcome.Failed) ?? tests.FirstOrDefault(t => t.Outcome == TestOutcome.NotStarted);
    }

    /// <summary>Groups <paramref name="result"/>'s tests by task.</summary>
    /// <param name="lab">The lab.</param>
    /// <param name="result">Its result.</param>
    /// <param name="chapterTasks">The chapter's <c>## Task N</c> headings (<see cref="Chapter.Tasks"/>).</param>
    /// <param name="findings">The analyzer findings to show with it.</param>
    public static LabProgress From(Lab lab, LabResult result, IReadOnlyList<ChapterTask> chapterTasks, IReadOnlyList<string> findings)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(chapterTasks);
        var scored = result.Tests.Where(t => !t.IsExtension && !t.IsHidden && t.Outcome != TestOutcome.Skipped).ToArray();
        var byTask = scored.Where(t => t.TaskOrLinked is not null).GroupBy(t => t.TaskOrLinked!.Value).ToDictionary(g => g.Key, g => g.ToArray());
        var numbers = chapterTasks.Select(t => t.Number).Union(byTask.Keys).Order().ToArray();
        var tasks = numbers.Select(n => chapterTasks.FirstOrDefault(t => t.Number == n) is { } heading
                ? new TaskProgress(n, heading.Title, heading.Link, byTask.GetValueOrDefault(n, []))
                : new TaskProgress(n, "(no such heading in the chapter)", lab.Chapter, byTask.GetValueOrDefault(n, [])))
            .ToList();
        var untagged = scored.Where(t => t.TaskOrLinked is null).ToArray();
        if (untagged.Length > 0)
            tasks.Add(new TaskProgress(null, "tests without a task id", lab.Chapter, untagged));
        return new LabProgress(lab, result, tasks, findings);
    }
}
