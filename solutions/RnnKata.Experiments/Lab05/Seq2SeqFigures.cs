using MathNet.Numerics.LinearAlgebra;
using RnnKata.Experiments.Lab04;
using RnnKata.Given.Plotting;

namespace RnnKata.Experiments.Lab05;

/// <summary>One test sequence for <see cref="Seq2SeqFigures.Predictions"/>: what the model saw, the true future and its prediction,
/// each T × features.</summary>
/// <param name="Title">The panel's title.</param>
/// <param name="Past">The seen steps.</param>
/// <param name="Future">The true next steps.</param>
/// <param name="Predicted">The model's prediction of them.</param>
public sealed record PredictionPanel(string Title, Matrix<double> Past, Matrix<double> Future, Matrix<double> Predicted);

/// <summary>Chapter 5's figures: the seed's two plots, its loss curves (log scale) and its "predictions vs true values".</summary>
public static class Seq2SeqFigures
{
    private const string PastColor = "#1F77B4", FutureColor = "#2CA02C", PredictedColor = "#FF7F0E";

    /// <summary>log10 of the training and test losses of each exercise, one panel each.</summary>
    /// <exception cref="ArgumentException">As <see cref="TimeSeriesFigures.LossCurves"/>: no panels, an empty panel, or a loss
    /// that is not positive.</exception>
    public static Figure LossCurves(IReadOnlyList<LossPanel> panels) =>
        TimeSeriesFigures.LossCurves(panels) with { Title = "Chapter 5: training and test losses of the three exercises (the seed's ½Σ + λ·L2, log scale)" };

    /// <summary>For each sequence the seen past (steps 0 … T − 1), then the true future and the prediction (steps T … 2T − 1),
    /// one line of each per feature; only the first feature's lines are named in the legend.</summary>
    /// <exception cref="ArgumentException">No panels, or a panel whose three parts differ in width or whose future and prediction
    /// differ in length.</exception>
    public static Figure Predictions(IReadOnlyList<PredictionPanel> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0)
            throw new ArgumentException("The prediction figure needs at least one sequence.", nameof(panels));
        var built = panels.Select(p =>
        {
            if (p.Future.ColumnCount != p.Past.ColumnCount || p.Predicted.ColumnCount != p.Past.ColumnCount || p.Predicted.RowCount != p.Future.RowCount)
                throw new ArgumentException($"panels: '{p.Title}' needs past, future and prediction of one width, and a prediction as long as the future.", nameof(panels));
            int seen = p.Past.RowCount;
            var pastSteps = Enumerable.Range(0, seen).Select(t => (double)t).ToArray();
            var futureSteps = Enumerable.Range(seen, p.Future.RowCount).Select(t => (double)t).ToArray();
            var lines = Enumerable.Range(0, p.Past.ColumnCount).SelectMany(f =>
            {
                // As the seed's plot: one legend entry per kind of line, whatever the number of features.
                string Label(string text) => f == 0 ? text : "";
                return new Series[]
                {
                    new LineSeries(Label("seen (past) values"), pastSteps, p.Past.Column(f).ToArray(), PastColor),
                    new LineSeries(Label("true future values"), futureSteps, p.Future.Column(f).ToArray(), FutureColor),
                    new LineSeries(Label("predictions"), futureSteps, p.Predicted.Column(f).ToArray(), PredictedColor),
                };
            }).ToArray();
            return new Panel(p.Title, "step", "value", lines);
        }).ToArray();
        return new Figure("Chapter 5: predictions vs true values on test sequences", built, Width: 1400, Height: 420);
    }
}
