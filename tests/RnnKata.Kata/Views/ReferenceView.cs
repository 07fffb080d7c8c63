using Spectre.Console;

namespace RnnKata.Kata.Views;

/// <summary>Your method and the reference solution's, side by side.</summary>
public static class ReferenceView
{
    /// <summary>Writes the two versions of <paramref name="method"/> in two panels.</summary>
    public static void Write(IAnsiConsole console, string method, IReadOnlyList<string> yours, IReadOnlyList<string> reference)
    {
        ArgumentNullException.ThrowIfNull(console);
        var left = new Panel(new Text(yours.Count == 0 ? "(not found)" : string.Join("\n\n", yours))).Header("Yours").Expand();
        var right = new Panel(new Text(reference.Count == 0 ? "(not found)" : string.Join("\n\n", reference))).Header("Reference").Expand();
        console.MarkupLine($"[bold]{Markup.Escape(method)}[/]");
        console.Write(new Columns(left, right));
        console.WriteLine();
    }
}
