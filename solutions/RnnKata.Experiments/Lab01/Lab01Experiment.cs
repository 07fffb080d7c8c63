using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using RnnKata.Experiments.Running;
using RnnKata.Lab01;

namespace RnnKata.Experiments.Lab01;

/// <summary>
/// Chapter 1's numbers and figure: the seed batch unrolled over two steps with <c>RnnWeights.Seeded()</c>
/// (Y0, Y1, how many outputs saturate, the range of the pre-activations).
/// </summary>
public sealed class Lab01Experiment : IExperiment
{
    /// <summary>|y| above this counts as saturated (chapter 1, "tanh and saturation").</summary>
    public const double SaturationLevel = 0.99;

    /// <summary>The figure's file name in the output folder.</summary>
    public const string FigureFile = "01-two-step-activations.png";

    /// <inheritdoc />
    public string Name => "lab01";

    /// <inheritdoc />
    public string Summary => "Lab 1: the seed batch through two steps — Y0, Y1, saturation, pre-activation range; figure 01-two-step-activations.png";

    /// <inheritdoc />
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clock = Stopwatch.StartNew();
        context.Progress(new ProgressUpdate("unrolling the seed batch", 0));
        var weights = RnnWeights.Seeded();
        var outputs = TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, weights);
        context.SaveFigure(FigureFile, ActivationsFigure.Build(outputs));
        var preActivations = SeedBatch.X0 * weights.Wx + Matrix<double>.Build.Dense(SeedBatch.X0.RowCount, weights.Neurons, (_, j) => weights.B[j]);
        var scaledDown = SeedBatch.X0 * (0.1 * weights.Wx);
        var seconds = clock.Elapsed.TotalSeconds;

        var metrics = new MetricList(Name);
        metrics.Add("Y0 entries saturated", $"entries of Y0 (4×5) with |y| > {SaturationLevel}", Saturated(outputs.Y0), null, seconds);
        metrics.Add("Y1 entries saturated", $"entries of Y1 (4×5) with |y| > {SaturationLevel}", Saturated(outputs.Y1), null, seconds);
        metrics.Add("smallest pre-activation", "smallest entry of X0·Wx + b (the first step, before tanh)", preActivations.Enumerate().Min(), null, seconds);
        metrics.Add("largest pre-activation", "largest entry of X0·Wx + b", preActivations.Enumerate().Max(), null, seconds);
        metrics.Add("largest |pre-activation|, weights × 0.1", "largest |entry| of X0·(0.1·Wx) (chapter 1, Going further)",
            scaledDown.Enumerate().Max(Math.Abs), null, seconds);
        context.Progress(new ProgressUpdate("done", 1));
        return new ExperimentResult(metrics.All, context.Figures, [("Y0 and Y1 of the seed batch, RnnWeights.Seeded()", SideBySide(outputs.Y0, outputs.Y1))]);
    }

    private static int Saturated(Matrix<double> y) => y.Enumerate().Count(v => Math.Abs(v) > SaturationLevel);

    // The chapter's layout: "[Y0 row]  [Y1 row]", four decimals with a sign.
    private static string SideBySide(Matrix<double> y0, Matrix<double> y1)
    {
        static string Row(Matrix<double> m, int r) =>
            "[" + string.Join(", ", m.Row(r).Select(v => v.ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture))) + "]";
        var header = $"{"Y0 (" + y0.RowCount + "×" + y0.ColumnCount + ")",-46} Y1 ({y1.RowCount}×{y1.ColumnCount})";
        return header + "\n" + string.Join("\n", Enumerable.Range(0, y0.RowCount).Select(r => Row(y0, r) + "  " + Row(y1, r)));
    }
}
