using RnnKata.Grading;

namespace RnnKata.Kata.Progress;

/// <summary>One task of a lab and its tests' results.</summary>
/// <param name="Number">The chapter's task number; null for tests whose task is unknown ("task ?").</param>
/// <param name="Title">The chapter heading's title, or a placeholder when the chapter has none for it.</param>
/// <param name="Link">The chapter section's link, or the chapter's when unknown.</param>
/// <param name="Tests">The task's scored tests (extensions and skipped ones left out).</param>
public sealed record TaskProgress(int? Number, string Title, string Link, IReadOnlyList<TestResult> Tests)
{
    /// <summary>The task's state, from its tests.</summary>
    public TaskState State =>
        Tests.Count == 0 ? TaskState.Unknown
        : Tests.Any(t => t.Outcome == TestOutcome.Failed) ? TaskState.Failing
        : Tests.Any(t => t.Outcome == TestOutcome.NotStarted) ? TaskState.NotStarted
        : TaskState.Passed;

    /// <summary>Tests of the task that pass.</summary>
    public int Passed => Tests.Count(t => t.Outcome == TestOutcome.Passed);

    /// <summary>"Task 2" or "task ?".</summary>
    public string Label => Number is { } n ? $"Task {n}" : "task ?";
}
