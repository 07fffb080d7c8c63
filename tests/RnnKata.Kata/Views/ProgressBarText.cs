namespace RnnKata.Kata.Views;

/// <summary>A progress bar as text: <c>█████░░░░░</c>.</summary>
public static class ProgressBarText
{
    /// <summary>The bar's width in characters.</summary>
    public const int Width = 20;

    /// <summary>The bar for <paramref name="done"/> of <paramref name="total"/>, as Spectre markup (green done, grey left).</summary>
    public static string Markup(int done, int total)
    {
        var filled = total <= 0 ? 0 : (int)Math.Round((double)Width * Math.Clamp(done, 0, total) / total);
        return $"[green]{new string('█', filled)}[/][grey]{new string('░', Width - filled)}[/]";
    }
}
