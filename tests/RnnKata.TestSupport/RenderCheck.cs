using RnnKata.Given.Plotting;
using SkiaSharp;

namespace RnnKata.TestSupport;

/// <summary>
/// Checks a figure's PNG as a person would glance at it: it decodes, has the figure's size, is not
/// blank, and shows each series in its colour (for heatmaps: the colours of the smallest and largest cell).
/// </summary>
public static class RenderCheck
{
    /// <summary>Renders <paramref name="figure"/> and checks the image.</summary>
    public static void Verify(Figure figure) => Verify(figure, FigureRenderer.RenderPng(figure));

    /// <summary>Checks that <paramref name="png"/> is a plausible picture of <paramref name="figure"/>.</summary>
    public static void Verify(Figure figure, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(png);
        using var bitmap = SKBitmap.Decode(png);
        bitmap.Should().NotBeNull("the renderer must produce a PNG that decodes");
        bitmap.Width.Should().Be(figure.Width, "the image must have the figure's width");
        bitmap.Height.Should().Be(figure.Height, "the image must have the figure's height");

        var pixels = bitmap.Pixels;
        var inked = pixels.Count(p => p.Red < 240 || p.Green < 240 || p.Blue < 240);
        ((double)inked / pixels.Length).Should().BeGreaterThan(0.05, "a figure that is almost all white is blank");

        foreach (var (series, color) in ExpectedColors(figure))
            ContainsColor(pixels, color).Should().BeTrue($"series '{series}' should be drawn in {color}");
    }

    private static IEnumerable<(string Series, string Color)> ExpectedColors(Figure figure)
    {
        foreach (var series in figure.Panels.SelectMany(p => p.Series))
        {
            switch (series)
            {
                case HeatmapSeries heatmap:
                    var values = heatmap.Values.Cast<double>().ToArray();
                    yield return (heatmap.Name + " (smallest cell)", FigureRenderer.ColorOf(heatmap.Scale, values.Min()));
                    yield return (heatmap.Name + " (largest cell)", FigureRenderer.ColorOf(heatmap.Scale, values.Max()));
                    break;
                case LineSeries line:
                    yield return (line.Name, line.Color);
                    break;
            }
        }
    }

    private static bool ContainsColor(SKColor[] pixels, string hex)
    {
        var target = SKColor.Parse(hex);
        return pixels.Any(p =>
            Math.Abs(p.Red - target.Red) <= Tolerance.ColorChannel &&
            Math.Abs(p.Green - target.Green) <= Tolerance.ColorChannel &&
            Math.Abs(p.Blue - target.Blue) <= Tolerance.ColorChannel);
    }
}
