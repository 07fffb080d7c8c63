using RnnKata.Kata.Progress;
using Spectre.Console;

namespace RnnKata.Kata.Views;

/// <summary>The <c>status</c> screen: every lab with its progress bar, and every task with its state.</summary>
public static class StatusView
{
    /// <summary>Writes the screen for <paramref name="labs"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<LabProgress> labs)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(labs);
        foreach (var lab in labs)
        {
            WriteHeader(console, lab);
            if (lab.IsBroken)
            {
                WriteProblems(console, lab);
                continue;
            }
            var table = new Table().Border(TableBorder.None).HideHeaders()
                .AddColumn("state").AddColumn("task").AddColumn("tests").AddColumn("where");
            foreach (var task in lab.Tasks)
            {
                table.AddRow(
                    new Markup(TaskStateText.Markup(task.State)),
                    new Markup($"{Spectre.Console.Markup.Escape(task.Label)}: {Spectre.Console.Markup.Escape(task.Title)}"),
                    new Markup($"{task.Passed}/{task.Tests.Count} tests"),
                    new Markup(task.State == TaskState.Passed ? "" : $"[link]{Spectre.Console.Markup.Escape(task.Link)}[/]"));
            }
            console.Write(table);
            console.WriteLine();
        }
        var done = labs.Sum(l => l.TasksDone);
        var total = labs.Sum(l => l.ChapterTasks.Count);
        console.MarkupLine($"[bold]All labs[/] {ProgressBarText.Markup(done, total)} {done}/{total} tasks done");
    }

    /// <summary>The lab's line: id, title, bar, tasks done / total and tests passed / total.</summary>
    internal static void WriteHeader(IAnsiConsole console, LabProgress lab)
    {
        var counts = lab.Result.Visible;
        var tasks = lab.ChapterTasks.Count;
        console.MarkupLine($"[bold]{lab.Lab.Id}[/] {Spectre.Console.Markup.Escape(lab.Lab.Title)}");
        console.MarkupLine(lab.IsBroken
            ? $"  {ProgressBarText.Markup(0, 1)} [red]{(lab.Result.Status == RnnKata.Grading.LabStatus.BuildFailed ? "does not build" : "tests did not run")}[/]"
            : $"  {ProgressBarText.Markup(lab.TasksDone, tasks)} {lab.TasksDone}/{tasks} tasks done · " +
              $"{counts.Passed} passed, {counts.Failed} failing, {counts.NotStarted} not started of {counts.Total} tests");
    }

    /// <summary>Why the lab did not build or run: the first problems, one a line.</summary>
    internal static void WriteProblems(IAnsiConsole console, LabProgress lab)
    {
        foreach (var problem in lab.Result.Problems.Take(5))
            console.WriteLine("  " + OneLine(problem, 400));
        console.WriteLine();
    }

    /// <summary>A text on one line, cut to <paramref name="max"/> characters.</summary>
    internal static string OneLine(string text, int max)
    {
        var line = string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= max ? line : line[..max] + " …";
    }
}
