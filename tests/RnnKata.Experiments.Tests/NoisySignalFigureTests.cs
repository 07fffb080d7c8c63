using RnnKata.Experiments.Lab06;
using RnnKata.Given.Plotting;
using RnnKata.TestSupport;
using SkiaSharp;

namespace RnnKata.Experiments.Tests;

/// <summary>Chapter 6's figures on hand-made data: their models against snapshots, their PNGs by <see cref="RenderCheck"/>.</summary>
public sealed class NoisySignalFigureTests
{
    private static readonly double[] Series = [0.5, 1.5, 1.0, 2.0, 0.0, 1.0];

    private static Figure Lecture() => NoisySignalFigures.Lecture(Series, [2.0, 3.0, 4.0, 5.0], [1.2, 1.4, 1.1, 0.9], split: 4);

    private static Figure Stock() => NoisySignalFigures.Stock("prices.csv", [0.01, -0.02, 0.005], [0.002, 0.001, -0.001],
                                                              [101.0, 99.0, 99.5], [100.2, 101.1, 98.9], [100.0, 101.0, 99.0]);

    [Test]
    public void Lecture_figure_of_a_hand_made_series_matches_its_snapshot() =>
        PlotSnapshot.Verify(Lecture(), "lab06-lecture-series");

    [Test]
    public void Lecture_figure_renders_the_series_the_predictions_and_the_split()
    {
        var figure = Lecture();
        var png = FigureRenderer.RenderPng(figure);
        var panel = figure.Panels[0];

        // The one-pixel vertical split falls between pixel columns and is drawn anti-aliased, never pure #FF0000:
        // RenderCheck holds the other series to their colours, and the split must leave pixels of red over white
        // (red far above green, green and blue alike), which neither the blue series nor the orange one (green ≫ blue) gives.
        RenderCheck.Verify(figure with { Panels = [panel with { Series = panel.Series.Where(s => !s.Name.StartsWith("split", StringComparison.Ordinal)).ToArray() }] }, png);
        using var bitmap = SKBitmap.Decode(png);
        bitmap.Pixels.Should().Contain(p => p.Red > 200 && p.Red - p.Green > 60 && Math.Abs(p.Green - p.Blue) < 20, "the split line is drawn in red");
    }

    [Test]
    public void The_split_is_a_red_vertical_line_spanning_the_data_and_the_predictions()
    {
        var split = Lecture().Panels[0].Series.OfType<LineSeries>().Single(s => s.Name.StartsWith("split", StringComparison.Ordinal));

        split.Color.Should().Be("#FF0000", "the lecture's axvline(df.index[Tp], c=\"r\")");
        split.X.Should().Equal(4.0, 4.0);
        split.Y.Should().Equal(0.0, 2.0);
    }

    [Test]
    public void Predictions_are_drawn_at_the_times_they_predict()
    {
        var predictions = Lecture().Panels[0].Series.OfType<LineSeries>().Single(s => s.Name == "predicted next value");

        predictions.X.Should().Equal(2.0, 3.0, 4.0, 5.0);
        predictions.Y.Should().Equal(1.2, 1.4, 1.1, 0.9);
    }

    [Test]
    public void Stock_figure_of_hand_made_days_matches_its_snapshot() =>
        PlotSnapshot.Verify(Stock(), "lab06-stock");

    [Test]
    public void Stock_figure_renders_returns_and_prices_beside_the_naive_forecast() =>
        RenderCheck.Verify(Stock());

    [Test]
    public void Predictions_and_times_of_different_lengths_are_an_error() =>
        FluentActions.Invoking(() => NoisySignalFigures.Lecture(Series, [2.0], [1.0, 2.0], 4))
            .Should().Throw<ArgumentException>().And.ParamName.Should().Be("predictedAt");

    [Test]
    public void Stock_lists_of_different_lengths_are_an_error() =>
        FluentActions.Invoking(() => NoisySignalFigures.Stock("x", [0.1], [0.1, 0.2], [1.0], [1.0], [1.0]))
            .Should().Throw<ArgumentException>().WithMessage("*same test days*");
}
