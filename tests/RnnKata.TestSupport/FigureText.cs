using System.Globalization;
using System.Text;
using RnnKata.Given.Plotting;

namespace RnnKata.TestSupport;

/// <summary>
/// Writes a <see cref="Figure"/> as stable, line-oriented text: what a plot snapshot stores and compares.
/// Numbers are written with 8 significant digits in the invariant culture.
/// </summary>
public static class FigureText
{
    /// <summary>The figure's text form.</summary>
    public static string Write(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var text = new StringBuilder();
        text.Append("figure: ").AppendLine(figure.Title);
        text.Append("size: ").Append(figure.Width).Append(" x ").Append(figure.Height).AppendLine();
        for (var p = 0; p < figure.Panels.Count; p++)
        {
            var panel = figure.Panels[p];
            text.Append("panel ").Append(p + 1).Append(": ").AppendLine(panel.Title);
            text.Append("  x label: ").AppendLine(panel.XLabel);
            text.Append("  y label: ").AppendLine(panel.YLabel);
            if (panel.YRange is { } range)
                text.Append("  y range: ").Append(Number(range.Min)).Append(" … ").AppendLine(Number(range.Max));
            foreach (var series in panel.Series)
                WriteSeries(text, series);
        }
        return text.ToString();
    }

    /// <summary>A number as the snapshot writes it.</summary>
    public static string Number(double value) => value.ToString("G8", CultureInfo.InvariantCulture);

    private static void WriteSeries(StringBuilder text, Series series)
    {
        switch (series)
        {
            case HeatmapSeries heatmap:
                var rows = heatmap.Values.GetLength(0);
                var columns = heatmap.Values.GetLength(1);
                text.Append("  heatmap: ").AppendLine(heatmap.Name);
                text.Append("    cells: ").Append(rows).Append(" x ").Append(columns).AppendLine();
                text.Append("    scale: ").Append(heatmap.Scale.Colormap).Append(" from ")
                    .Append(Number(heatmap.Scale.Min)).Append(" to ").AppendLine(Number(heatmap.Scale.Max));
                for (var r = 0; r < rows; r++)
                {
                    text.Append("    row ").Append(r).Append(':');
                    for (var c = 0; c < columns; c++)
                        text.Append(' ').Append(Number(heatmap.Values[r, c]));
                    text.AppendLine();
                }
                break;
            case LineSeries line:
                text.Append("  line: ").AppendLine(line.Name);
                text.Append("    color: ").AppendLine(line.Color);
                text.Append("    points: ").Append(line.X.Count).AppendLine();
                text.Append("    x:").AppendJoin("", line.X.Select(v => " " + Number(v))).AppendLine();
                text.Append("    y:").AppendJoin("", line.Y.Select(v => " " + Number(v))).AppendLine();
                break;
            default:
                throw new NotSupportedException($"FigureText cannot write a {series.GetType().Name}.");
        }
    }
}
