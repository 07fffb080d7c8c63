using MathNet.Numerics.LinearAlgebra;
using RnnKata.Experiments.Lab04;
using RnnKata.Experiments.Lab05;
using RnnKata.Given.Plotting;
using RnnKata.TestSupport;

namespace RnnKata.Experiments.Tests;

/// <summary>Chapter 5's figures on hand-made curves and sequences: their models against snapshots, their PNGs by <see cref="RenderCheck"/>.</summary>
public sealed class Seq2SeqFigureTests
{
    private static Matrix<double> Steps(params double[][] rows) => Matrix<double>.Build.DenseOfRowArrays(rows);

    private static readonly PredictionPanel[] Sequences =
    [
        new("exercise 1, test sequence 1", Steps([0.0, 1.0], [0.5, 0.8]), Steps([0.9, 0.4], [1.0, 0.0]), Steps([0.8, 0.5], [0.9, 0.1])),
        new("exercise 2, test sequence 1", Steps([0.2], [-0.1], [0.3]), Steps([0.1], [0.0], [-0.2]), Steps([0.15], [0.05], [-0.1])),
    ];

    private static readonly LossPanel[] Losses =
    [
        new("exercise 1 (sine and cosine)", "iteration", "loss",
        [
            new LossCurve("training batch", [0.0, 1.0, 2.0], [100.0, 10.0, 1.0]),
            new LossCurve("test batch", [0.0, 2.0], [100.0, 0.1]),
        ]),
    ];

    [Test]
    public void Prediction_figure_of_hand_made_sequences_matches_its_snapshot() =>
        PlotSnapshot.Verify(Seq2SeqFigures.Predictions(Sequences), "lab05-predictions");

    [Test]
    public void Prediction_figure_renders_the_past_the_future_and_the_prediction() =>
        RenderCheck.Verify(Seq2SeqFigures.Predictions(Sequences));

    [Test]
    public void The_future_and_the_prediction_follow_the_past_on_the_step_axis_and_only_the_first_feature_is_in_the_legend()
    {
        var lines = Seq2SeqFigures.Predictions(Sequences).Panels[0].Series.OfType<LineSeries>().ToArray();

        lines.Should().HaveCount(6, "three lines per feature, two features");
        lines[0].X.Should().Equal(0.0, 1.0);
        lines[0].Y.Should().Equal(0.0, 0.5);
        lines[1].X.Should().Equal(2.0, 3.0);
        lines[1].Y.Should().Equal(0.9, 1.0);
        lines[2].Y.Should().Equal(0.8, 0.9);
        lines[3].Y.Should().Equal(1.0, 0.8);
        lines.Select(l => l.Name).Should().Equal("seen (past) values", "true future values", "predictions", "", "", "");
    }

    [Test]
    public void A_prediction_shorter_than_the_future_is_an_error_naming_the_panel() =>
        FluentActions.Invoking(() => Seq2SeqFigures.Predictions([new PredictionPanel("short", Steps([0.0]), Steps([1.0], [2.0]), Steps([1.0]))]))
            .Should().Throw<ArgumentException>().WithMessage("*'short'*").And.ParamName.Should().Be("panels");

    [Test]
    public void Loss_figure_of_hand_made_curves_matches_its_snapshot() =>
        PlotSnapshot.Verify(Seq2SeqFigures.LossCurves(Losses), "lab05-loss-curves");
}
