using System.Text.RegularExpressions;
using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>
/// The console's last word after grading one submission or a working copy: what the student should do next — the
/// first lab, in curriculum order, that does not pass every visible test, and in it the first task not done (its
/// chapter section, from the stub's link), or the build to fix first; or that every lab passes.
/// </summary>
public static partial class NextStep
{
    /// <summary>One line (or two) that starts with <c>Next:</c>.</summary>
    /// <param name="report">The graded report.</param>
    /// <param name="catalogue">The labs, for their chapters.</param>
    public static string Of(GradingReport report, IReadOnlyList<Lab> catalogue)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(catalogue);
        foreach (var lab in report.Labs)
        {
            var chapter = catalogue.FirstOrDefault(l => l.Id == lab.Id)?.Chapter;
            var watch = $"dotnet run --project tests/RnnKata.Kata -- watch --lab {lab.Id}";
            switch (lab.Status)
            {
                case LabStatus.BuildFailed:
                    return $"Next: make {lab.Id} build (its first compiler error is above), then grade again; {watch} shows the errors as you type.";
                case LabStatus.RunFailed:
                    return $"Next: {lab.Id}'s tests did not run (the reason is above); fix that first, with {watch}.";
            }
            var open = lab.Tests.Where(t => !t.IsHidden && !t.IsExtension && t.Outcome is TestOutcome.Failed or TestOutcome.NotStarted).ToArray();
            if (open.Length == 0)
                continue;
            var task = open.Select(t => t.TaskOrLinked).Where(t => t is not null).Min();
            var section = open.Select(t => t.Message is null ? null : TaskLink().Match(t.Message))
                .FirstOrDefault(m => m is { Success: true } && (task is null || m.Groups["task"].Value == task.ToString()))?.Value;
            var where = section ?? chapter;
            var what = task is null ? $"{lab.Id} ({lab.Title})" : $"{lab.Id} ({lab.Title}), task {task}";
            var verb = open.Any(t => t.Outcome == TestOutcome.Failed && (task is null || t.TaskOrLinked == task)) ? "fix its failing tests" : "start it";
            return $"Next: {what}: {verb}{(where is null ? "" : $" (read {where})")}; {watch} re-runs its tests as you save.";
        }
        return report.Labs.Any(l => l.Hidden.Total > 0)
            ? "Next: every visible test passes; hidden tests are graded by your instructor."
            : "Next: nothing left: every graded test passes.";
    }

    [GeneratedRegex(@"docs/[A-Za-z0-9_./-]+\.md#task-(?<task>\d+)[A-Za-z0-9_-]*")]
    private static partial Regex TaskLink();
}
