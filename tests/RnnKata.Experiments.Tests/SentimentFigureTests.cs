using MathNet.Numerics.LinearAlgebra;
using RnnKata.Experiments.Lab07;
using RnnKata.Given.Plotting;
using RnnKata.Lab07;
using RnnKata.TestSupport;

namespace RnnKata.Experiments.Tests;

/// <summary>Chapter 7's figures on hand-made data: their models against snapshots, their PNGs by <see cref="RenderCheck"/>; the hidden-state projection by hand.</summary>
public sealed class SentimentFigureTests
{
    private static Figure Training() => SentimentFigures.Training("English",
        [new EpochMetrics(1, 0.69, 0.5, 0.7, 0.25), new EpochMetrics(2, 0.4, 0.75, 0.5, 0.5), new EpochMetrics(3, 0.1, 1.0, 0.2, 0.75)],
        new[,] { { 3, 1 }, { 0, 4 } });

    private static Figure Paths() => SentimentFigures.HiddenPaths("English",
        [("i am good", [0.0, 0.5, 1.0, 1.5], [0.0, 0.2, 0.1, 0.8]), ("i am not good", [0.0, 0.5, 1.0, -0.5, -1.2], [0.0, 0.2, 0.1, -0.4, -0.9])]);

    [Test]
    public void Training_figure_of_hand_made_epochs_matches_its_snapshot() =>
        PlotSnapshot.Verify(Training(), "lab07-training");

    [Test]
    public void Training_figure_renders_curves_and_the_confusion_matrix() =>
        RenderCheck.Verify(Training());

    [Test]
    public void The_confusion_matrix_has_true_classes_in_rows_and_predictions_in_columns()
    {
        var heatmap = Training().Panels[2].Series.OfType<HeatmapSeries>().Single();

        heatmap.Values[0, 1].Should().Be(1, "one negative phrase predicted positive");
        heatmap.Values[1, 0].Should().Be(0);
        heatmap.Scale.Max.Should().Be(8, "the colour scale runs to the number of test phrases");
    }

    [Test]
    public void Hidden_path_figure_of_hand_made_states_matches_its_snapshot() =>
        PlotSnapshot.Verify(Paths(), "lab07-hidden-path");

    [Test]
    public void Hidden_path_figure_renders_both_phrases() =>
        RenderCheck.Verify(Paths());

    [Test]
    public void A_confusion_matrix_that_is_not_2_by_2_is_an_error() =>
        FluentActions.Invoking(() => SentimentFigures.Training("x", [new EpochMetrics(1, 1, 1, 1, 1)], new int[3, 2]))
            .Should().Throw<ArgumentException>().And.ParamName.Should().Be("confusion");

    [Test]
    public void States_on_a_line_project_onto_the_first_axis_in_order_and_nothing_onto_the_second()
    {
        // Four 3-D states on the line (1, 2, 2)·s: the first principal axis is that direction, the second sees only zeros.
        var direction = Vector<double>.Build.Dense([1.0, 2.0, 2.0]) / 3;
        var path = new[] { 0.0, 1.0, 2.0, 5.0 }.Select(s => direction * s).ToArray();

        var (x, y) = HiddenProjection.Project([path]).Single();

        Matrices.ShouldBeClose(x, [-2.0, -1.0, 0.0, 3.0], "centred distances along the line (mean 2)", 1e-9);
        y.Should().OnlyContain(v => Math.Abs(v) < 1e-9);
    }

    [Test]
    public void Fewer_than_two_states_cannot_be_projected() =>
        FluentActions.Invoking(() => HiddenProjection.Project([[Vector<double>.Build.Dense(3)]])).Should().Throw<ArgumentException>();
}
