using RnnKata.Catalogue;
using RnnKata.Grading;
using RnnKata.Kata.Progress;
using Spectre.Console;

namespace RnnKata.Kata.Views;

/// <summary>
/// The <c>watch</c> screen of one lab: its progress bar, the task to work on (the chapter's <c>Task N</c> title and
/// link), the first failure's message (never a stack trace), and the analyzer's findings on the lab's files.
/// </summary>
public static class WatchScreen
{
    /// <summary>Lines of a failure message shown; the rest is cut with a note.</summary>
    public const int MessageLines = 12;

    /// <summary>Findings shown; the rest are counted.</summary>
    public const int MaxFindings = 12;

    /// <summary>Writes the screen.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="lab">The lab's progress.</param>
    /// <param name="shown">The task to show (the n key moves it on); null: <see cref="LabProgress.Current"/>.</param>
    /// <param name="elapsed">How long the rebuild and test run took, shown when given.</param>
    public static void Write(IAnsiConsole console, LabProgress lab, TaskProgress? shown = null, TimeSpan? elapsed = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(lab);
        StatusView.WriteHeader(console, lab);
        if (elapsed is { } time)
            console.MarkupLine($"  [grey]rebuilt and tested in {time.TotalSeconds:0.0} s[/]");
        console.WriteLine();

        if (lab.IsBroken)
        {
            console.MarkupLine(lab.Result.Status == LabStatus.BuildFailed ? "[red bold]Your code does not build:[/]" : "[red bold]The tests did not run:[/]");
            StatusView.WriteProblems(console, lab);
        }
        else
        {
            WriteTask(console, lab, shown ?? lab.Current);
        }
        WriteFindings(console, lab.Findings);
    }

    private static void WriteTask(IAnsiConsole console, LabProgress lab, TaskProgress? task)
    {
        if (task is null)
        {
            console.MarkupLine($"[green bold]Every task of {lab.Lab.Id} passes.[/] Next: the following lab's chapter (docs/README.md).");
            console.WriteLine();
            return;
        }
        console.MarkupLine($"[bold]{Markup.Escape(task.Label)}: {Markup.Escape(task.Title)}[/]  {TaskStateText.Markup(task.State)} " +
                           $"({task.Passed}/{task.Tests.Count} tests)");
        console.MarkupLine($"  read: [link]{Markup.Escape(task.Link)}[/]");
        console.WriteLine();
        if (lab.FirstProblem(task) is { } problem)
        {
            var what = problem.Outcome == TestOutcome.NotStarted ? "Not started" : "First failure";
            console.MarkupLine($"[bold]{what}:[/] {Markup.Escape(ReportTable.ShortName(problem.Name))}");
            foreach (var line in MessageOf(problem))
                console.WriteLine("  " + line);
            console.WriteLine();
        }
    }

    private static void WriteFindings(IAnsiConsole console, IReadOnlyList<string> findings)
    {
        if (findings.Count == 0)
            return;
        console.MarkupLine("[bold]Analyzer:[/]");
        foreach (var finding in findings.Take(MaxFindings))
            console.WriteLine("  " + StatusView.OneLine(finding, 400));
        if (findings.Count > MaxFindings)
            console.WriteLine($"  … and {findings.Count - MaxFindings} more.");
        console.WriteLine();
    }

    /// <summary>The test's message, without a stack trace, cut to <see cref="MessageLines"/> lines.</summary>
    internal static IReadOnlyList<string> MessageOf(TestResult test)
    {
        var message = test.Message ?? "(no message)";
        if (test.Outcome == TestOutcome.NotStarted && message.StartsWith(GradingContract.NotStartedPrefix, StringComparison.Ordinal))
            message = message[GradingContract.NotStartedPrefix.Length..].TrimStart();
        var lines = message.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .TakeWhile(line => !line.TrimStart().StartsWith("at ", StringComparison.Ordinal) || !line.Contains(" in ", StringComparison.Ordinal))
            .Where(line => line.Trim().Length > 0).ToArray();
        return lines.Length <= MessageLines ? lines : [.. lines.Take(MessageLines), $"… ({lines.Length - MessageLines} more lines)"];
    }
}
