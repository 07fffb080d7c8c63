using RnnKata.Kata.Progress;

namespace RnnKata.Kata.Views;

/// <summary>How a task's state reads on screen.</summary>
public static class TaskStateText
{
    /// <summary>A mark and a word, as Spectre markup.</summary>
    public static string Markup(TaskState state) => state switch
    {
        TaskState.Passed => "[green]✓ passed[/]",
        TaskState.Failing => "[red]✗ failing[/]",
        TaskState.NotStarted => "[yellow]· not started[/]",
        _ => "[grey]? no tests known[/]",
    };
}
