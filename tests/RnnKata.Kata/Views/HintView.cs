using RnnKata.Catalogue;
using RnnKata.Kata.Hints;
using RnnKata.Kata.Progress;
using Spectre.Console;

namespace RnnKata.Kata.Views;

/// <summary>One hint level of a task, with what to type for the next.</summary>
public static class HintView
{
    /// <summary>Writes hint <paramref name="level"/> (1-based; capped at the last) of <paramref name="task"/>.</summary>
    /// <returns>The level shown; 0 when the task has no hint.</returns>
    public static int Write(IAnsiConsole console, Lab lab, HintBook hints, ChapterTask? task, int number, int level)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(hints);
        var levels = hints.Levels(number);
        var title = task is null ? $"Task {number}" : $"Task {number}: {task.Title}";
        if (levels.Count == 0)
        {
            console.MarkupLine($"[bold]{lab.Id} {Markup.Escape(title)}[/]: no hint is written for this task yet; " +
                               $"reread [link]{Markup.Escape(task?.Link ?? lab.Chapter)}[/].");
            return 0;
        }
        var shown = Math.Clamp(level, 1, levels.Count);
        var hint = levels[shown - 1];
        console.MarkupLine($"[bold]{lab.Id} {Markup.Escape(title)}[/] — hint {shown} of {levels.Count}: [bold]{Markup.Escape(hint.Title)}[/]");
        console.WriteLine();
        console.WriteLine(hint.Text);
        console.WriteLine();
        console.MarkupLine(shown < levels.Count
            ? $"[grey]More: hint {lab.Id} {number} --level {shown + 1}[/]"
            : $"[grey]That was the last hint; the chapter's section: {Markup.Escape(task?.Link ?? lab.Chapter)}[/]");
        return shown;
    }
}
