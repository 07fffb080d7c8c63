using ScottPlot;
using SkiaSharp;

namespace RnnKata.Given.Plotting;

/// <summary>Draws a <see cref="Figure"/> as a PNG with ScottPlot and the bundled font.</summary>
public static class FigureRenderer
{
    private const int TitleHeight = 40;

    /// <summary>The figure as PNG bytes, <see cref="Figure.Width"/> × <see cref="Figure.Height"/> pixels.</summary>
    public static byte[] RenderPng(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Panels.Count == 0)
            throw new ArgumentException("A figure needs at least one panel.", nameof(figure));
        if (figure.Width < 100 || figure.Height < 100)
            throw new ArgumentException($"A figure must be at least 100×100 pixels, not {figure.Width}×{figure.Height}.", nameof(figure));

        KataFont.EnsureRegistered();
        using var surface = SKSurface.Create(new SKImageInfo(figure.Width, figure.Height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        DrawTitle(canvas, figure);

        // ScottPlot clears the whole canvas it renders on, so each panel gets a surface of its own.
        var panelWidth = figure.Width / figure.Panels.Count;
        var panelHeight = figure.Height - TitleHeight;
        for (var i = 0; i < figure.Panels.Count; i++)
        {
            using var panelSurface = SKSurface.Create(new SKImageInfo(panelWidth, panelHeight));
            BuildPlot(figure.Panels[i]).Render(panelSurface);
            using var panelImage = panelSurface.Snapshot();
            canvas.DrawImage(panelImage, i * panelWidth, TitleHeight);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Renders the figure and writes it to <paramref name="path"/>, creating the folder if needed.</summary>
    public static void SavePng(Figure figure, string path)
    {
        var bytes = RenderPng(figure);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The colour (as <c>#RRGGBB</c>) a heatmap cell with <paramref name="value"/> is drawn in.</summary>
    public static string ColorOf(ColorScale scale, double value)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var fraction = Math.Clamp((value - scale.Min) / (scale.Max - scale.Min), 0, 1);
        var color = Colormap(scale.Colormap).GetColor(fraction);
        return $"#{color.R:X2}{color.G:X2}{color.B:X2}";
    }

    private static Plot BuildPlot(Panel panel)
    {
        var plot = new Plot();
        plot.Font.Set(KataFont.Name);
        plot.Title(panel.Title);
        plot.XLabel(panel.XLabel);
        plot.YLabel(panel.YLabel);
        foreach (var series in panel.Series)
        {
            switch (series)
            {
                case HeatmapSeries heatmap:
                    AddHeatmap(plot, heatmap);
                    break;
                case LineSeries line:
                    var scatter = plot.Add.ScatterLine(line.X.ToArray(), line.Y.ToArray(), Color.FromHex(line.Color));
                    scatter.LegendText = line.Name;
                    break;
                default:
                    throw new NotSupportedException($"FigureRenderer cannot draw a {series.GetType().Name}.");
            }
        }
        if (panel.YRange is { } range)
        {
            if (!(range.Min < range.Max) || !double.IsFinite(range.Min) || !double.IsFinite(range.Max))
                throw new ArgumentException($"The panel '{panel.Title}' has a y range of {range.Min} … {range.Max}: it needs finite limits, the lower below the upper.");
            plot.Axes.SetLimitsY(range.Min, range.Max);
        }
        var lines = panel.Series.OfType<LineSeries>().ToArray();
        if (lines.Length > 1)
        {
            plot.ShowLegend();
            plot.Legend.Alignment = EmptiestCorner(panel.YRange is { } shown ? lines.Select(l => InRange(l, shown)).ToArray() : lines);
        }
        return plot;
    }

    // The points a fixed y range shows; the others (NaN) do not count where the legend goes.
    private static LineSeries InRange(LineSeries line, AxisRange range) =>
        line with { Y = line.Y.Select(y => y >= range.Min && y <= range.Max ? y : double.NaN).ToArray() };

    /// <summary>
    /// The corner of the panel where the legend hides the fewest points: each corner's box (a third of
    /// the width, two fifths of the height of the data's range) is scored by the points inside it.
    /// Ties go to lower right, then upper right, upper left, lower left.
    /// </summary>
    public static Alignment EmptiestCorner(IReadOnlyList<LineSeries> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var points = lines.SelectMany(l => l.X.Zip(l.Y)).Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second)).ToArray();
        if (points.Length == 0)
            return Alignment.LowerRight;
        double xMin = points.Min(p => p.First), xMax = points.Max(p => p.First);
        double yMin = points.Min(p => p.Second), yMax = points.Max(p => p.Second);
        double xSpan = Math.Max(xMax - xMin, double.Epsilon), ySpan = Math.Max(yMax - yMin, double.Epsilon);

        int Count(bool right, bool upper) => points.Count(p =>
            (right ? (p.First - xMin) / xSpan >= 2.0 / 3 : (p.First - xMin) / xSpan <= 1.0 / 3) &&
            (upper ? (p.Second - yMin) / ySpan >= 0.6 : (p.Second - yMin) / ySpan <= 0.4));

        (Alignment Corner, int Hidden)[] corners =
        [
            (Alignment.LowerRight, Count(right: true, upper: false)),
            (Alignment.UpperRight, Count(right: true, upper: true)),
            (Alignment.UpperLeft, Count(right: false, upper: true)),
            (Alignment.LowerLeft, Count(right: false, upper: false)),
        ];
        return corners.MinBy(c => c.Hidden).Corner;
    }

    private static void AddHeatmap(Plot plot, HeatmapSeries series)
    {
        var heatmap = plot.Add.Heatmap(series.Values);
        heatmap.Colormap = Colormap(series.Scale.Colormap);
        heatmap.ManualRange = new ScottPlot.Range(series.Scale.Min, series.Scale.Max);
        // Cell (r, c) is centred on (c, rows − 1 − r): row 0 on top, as the matrix is printed.
        var rows = series.Values.GetLength(0);
        var columns = series.Values.GetLength(1);
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.Axes.Bottom.TickGenerator = IntegerTicks(columns, reversed: false, rows);
        plot.Axes.Left.TickGenerator = IntegerTicks(rows, reversed: true, rows);
        plot.Add.ColorBar(heatmap);
    }

    private static ScottPlot.TickGenerators.NumericManual IntegerTicks(int count, bool reversed, int rows)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < count; i++)
            ticks.AddMajor(reversed ? rows - 1 - i : i, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return ticks;
    }

    private static IColormap Colormap(string name) =>
        ScottPlot.Colormap.GetColormaps().FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown colormap '{name}'. Try Balance, Viridis or Turbo.", nameof(name));

    private static void DrawTitle(SKCanvas canvas, Figure figure)
    {
        using var typeface = SKTypeface.FromFile(KataFont.EnsureRegistered());
        using var font = new SKFont(typeface, 20);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(figure.Title, figure.Width / 2f, 28, SKTextAlign.Center, font, paint);
    }
}
