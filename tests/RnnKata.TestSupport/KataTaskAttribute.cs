using RnnKata.Catalogue;

namespace RnnKata.TestSupport;

/// <summary>
/// The chapter task a test checks (the lab chapter's <c>## Task N</c>): <c>[KataTask(2)]</c> on a fixture or a
/// test (the test's own wins). The grader and the student front door count progress per task with it; the
/// property's name is <see cref="GradingContract.TaskProperty"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class KataTaskAttribute : PropertyAttribute
{
    /// <summary>Tags the test or fixture with task <paramref name="task"/> (1-based, as the chapter numbers them).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="task"/> is below 1.</exception>
    public KataTaskAttribute(int task)
        : base(GradingContract.TaskProperty, task >= 1 ? task : throw new ArgumentOutOfRangeException(nameof(task), task, "Chapter tasks are numbered from 1."))
    {
        Task = task;
    }

    /// <summary>The task's number.</summary>
    public int Task { get; }
}
