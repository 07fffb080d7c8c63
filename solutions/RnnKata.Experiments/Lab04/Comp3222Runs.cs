using System.Diagnostics;
using RnnKata.Given.Recurrent;
using RnnKata.Lab04;
using OptimizerKind = RnnKata.Lab04.OptimizerKind;

namespace RnnKata.Experiments.Lab04;

/// <summary>
/// COMP3222 week 11: an Elman layer of 100 with a per-step linear head on random windows of 20 of
/// t·sin(t)/3 + 2·sin(5t), batch 50, 1 500 iterations, TF1's initial weights; GD vs Adam and MSE vs RMSE (its exercises
/// 2.2–2.3), tanh and logistic for relu (3.3), and a larger learning rate (3.2, "try with different parameters").
/// </summary>
internal static class Comp3222Runs
{
    /// <summary>The seed's printed batch MSE at iteration 1 400: Adam and gradient descent, both MSE, lr 0.001.</summary>
    public const double SeedAdamMse = 0.043140374, SeedGradientDescentMse = 0.116241716;

    private sealed record Variant(string Label, OptimizerKind Optimizer, LossFunction Loss, ElmanActivation Activation, double LearningRate, double? SeedFigure);

    private static readonly Variant[] Variants =
    [
        new("Adam+MSE", OptimizerKind.Adam, LossFunction.MeanSquaredError, ElmanActivation.Relu, 0.001, SeedAdamMse),
        new("GD+MSE", OptimizerKind.GradientDescent, LossFunction.MeanSquaredError, ElmanActivation.Relu, 0.001, SeedGradientDescentMse),
        new("Adam+RMSE", OptimizerKind.Adam, LossFunction.RootMeanSquaredError, ElmanActivation.Relu, 0.001, null),
        new("Adam+MSE tanh", OptimizerKind.Adam, LossFunction.MeanSquaredError, ElmanActivation.Tanh, 0.001, null),
        new("Adam+MSE logistic", OptimizerKind.Adam, LossFunction.MeanSquaredError, ElmanActivation.Logistic, 0.001, null),
        new("Adam+MSE lr 0.004", OptimizerKind.Adam, LossFunction.MeanSquaredError, ElmanActivation.Relu, 0.004, null),
    ];

    /// <summary>What the runs leave for the metrics and figures.</summary>
    /// <param name="Values">The metrics of this seed.</param>
    /// <param name="Curves">Each variant's expected batch MSE (on the test windows) at every report.</param>
    /// <param name="Model">The seed's own model (Adam+MSE, lr 0.001), for the next-value test and closed-loop generation; the caller disposes it.</param>
    /// <param name="Test">The fresh windows the expected batch MSE is measured on.</param>
    public sealed record Outcome(List<SeedValue> Values, List<LossCurve> Curves, TrainedModel Model, WindowBatch Test);

    /// <summary>Trains every variant from seed <paramref name="seed"/>; progress from run <see cref="StageProgress.FirstComp3222Run"/> of <paramref name="progress"/>.</summary>
    public static Outcome Run(Lab04Budget budget, int seed, string backend, bool quick, StageProgress progress)
    {
        var test = Windows.Random(Comp3222.Windows, budget.Comp3222TestWindows, new Random(seed + 1_000_000));
        var (values, curves) = (new List<SeedValue>(), new List<LossCurve>());
        TrainedModel? seedModel = null;
        int at = budget.Comp3222MetricIteration, reportEvery = budget.Comp3222ReportEvery;
        for (var v = 0; v < Variants.Length; v++)
        {
            var variant = Variants[v];
            var setting = $"Elman {variant.Activation.ToString().ToLowerInvariant()} 100, TF1 initial weights, batch 50, " +
                          $"{(variant.Optimizer == OptimizerKind.Adam ? "Adam" : "gradient descent")} lr {variant.LearningRate}, {budget.Comp3222Iterations} iterations";
            var options = new TrainingOptions(new NetworkSpec(RecurrentCell.Elman, 100, Activation: variant.Activation, Readout: Readout.EveryStep, Init: Initialization.TensorFlow1),
                variant.Loss, variant.Optimizer, variant.LearningRate, 50, seed, reportEvery, backend);
            var clock = Stopwatch.StartNew();
            var model = Training.OnRandomWindows(options, Comp3222.Windows, budget.Comp3222Iterations, test, progress.For($"COMP3222 {variant.Label}", StageProgress.FirstComp3222Run + v, budget.Comp3222Iterations));
            var seconds = clock.Elapsed.TotalSeconds;
            bool squared = variant.Loss == LossFunction.RootMeanSquaredError;
            string squaredNote = squared ? "; the run minimises RMSE, squared here to compare with MSE" : "";
            var batchMse = model.Losses.Select(l => squared ? l * l : l).ToArray();
            curves.Add(new LossCurve(squared ? $"{variant.Label} (RMSE²)" : variant.Label, model.History.Select(h => (double)h.Iteration).ToArray(),
                model.History.Select(h => squared ? h.TestLoss!.Value * h.TestLoss.Value : h.TestLoss!.Value).ToArray()));
            if (variant.SeedFigure is not null)
                values.Add(new($"COMP3222 {variant.Label}: batch MSE at iteration {at}",
                    $"the seed's printout: MSE over the 50 × 20 per-step predictions of iteration {at}'s one random batch, measured before its step; {setting}",
                    batchMse[at], Seconds: seconds, SeedFigure: quick ? null : variant.SeedFigure));
            var testLoss = model.History.Single(h => h.Iteration == at).TestLoss!.Value;
            values.Add(new($"COMP3222 {variant.Label}: expected batch MSE at iteration {at}",
                $"the same MSE over the 20 per-step predictions of {budget.Comp3222TestWindows} fresh random windows after step {at}, so that it does not hang on one batch's draw{squaredNote}; {setting}",
                squared ? testLoss * testLoss : testLoss, Seconds: seconds, SeedFigure: quick ? null : variant.SeedFigure));
            if (seedModel is null)
                seedModel = model;
            else
                model.Dispose();
        }
        return new Outcome(values, curves, seedModel!, test);
    }
}
