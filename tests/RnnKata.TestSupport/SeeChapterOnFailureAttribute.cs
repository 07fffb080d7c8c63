using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;
using RnnKata.Catalogue;

namespace RnnKata.TestSupport;

/// <summary>
/// Put once on a lab's test assembly: a test that fails ends its message with the chapter section to reread,
/// chosen by the test's <see cref="KataTaskAttribute"/> — <c>[assembly: SeeChapterOnFailure(
/// "docs/01-two-step-rnn.md#task-1-the-first-step", "docs/01-two-step-rnn.md#task-2-the-second-step", …)]</c>,
/// one section per task in task order. A test without a task points at <see cref="Otherwise"/> (the chapter of the
/// first section when it is not set). A message that already names a section (<c>see docs/…</c>) is left as it is;
/// a stub's "Not started" and a pass are never touched.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = false)]
public sealed class SeeChapterOnFailureAttribute : Attribute, IWrapTestMethod
{
    /// <summary>The sections of tasks 1, 2, … as <c>docs/NN-chapter.md#anchor</c>.</summary>
    /// <exception cref="ArgumentException">No section is given.</exception>
    public SeeChapterOnFailureAttribute(params string[] taskSections)
    {
        ArgumentNullException.ThrowIfNull(taskSections);
        if (taskSections.Length == 0)
            throw new ArgumentException("Name at least the section of task 1.", nameof(taskSections));
        TaskSections = taskSections;
    }

    /// <summary>The sections of tasks 1, 2, … in order.</summary>
    public IReadOnlyList<string> TaskSections { get; }

    /// <summary>Where a test without a task (or with a task past <see cref="TaskSections"/>) sends the student.</summary>
    public string? Otherwise { get; set; }

    /// <summary>The section a failure of a test tagged with <paramref name="task"/> (or none) names.</summary>
    public string SectionFor(int? task) =>
        task is { } n && n >= 1 && n <= TaskSections.Count
            ? TaskSections[n - 1]
            : Otherwise ?? TaskSections[0].Split('#')[0];

    /// <inheritdoc />
    public TestCommand Wrap(TestCommand command) => new SeeChapterCommand(command, this);

    private sealed class SeeChapterCommand(TestCommand inner, SeeChapterOnFailureAttribute sections) : DelegatingTestCommand(inner)
    {
        public override TestResult Execute(TestExecutionContext context)
        {
            var result = context.CurrentResult;
            try
            {
                result = innerCommand.Execute(context);
            }
            catch (Exception e) when (NotStartedCommand.FindStub(e) is null)
            {
                result.RecordException(e);
            }
            if (result.ResultState.Status == TestStatus.Failed && !(result.Message ?? "").Contains("see docs/", StringComparison.Ordinal))
            {
                var section = sections.SectionFor(Task(Test));
                result.SetResult(result.ResultState, $"{(result.Message ?? "").TrimEnd()}{Environment.NewLine}— see {section}", result.StackTrace);
            }
            return result;
        }

        private static int? Task(ITest test) =>
            test.Properties.ContainsKey(GradingContract.TaskProperty) ? (int?)test.Properties.Get(GradingContract.TaskProperty)
            : test.Parent is { } parent ? Task(parent)
            : null;
    }
}
