using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine;
using RnnKata.Experiments.Running;
using RnnKata.Lab04;

namespace RnnKata.Experiments.Lab04;

/// <summary>
/// Chapter 4's numbers and figures, all through Lab 4's public API (so <c>--target exercises</c> trains the
/// student's code): COMP3222's Elman on <c>t·sin(t)/3 + 2·sin(5t)</c> with its variants and closed-loop generation
/// (<see cref="Comp3222Runs"/>), the LSTM lab and the GRU blog (<see cref="SineRuns"/>), each beside the naive baselines.
/// </summary>
public sealed class Lab04Experiment : IExperiment
{
    /// <summary>The loss-curve figure's file name.</summary>
    public const string LossFigureFile = "04-loss-curves.png";

    /// <summary>The closed-loop figure's file name.</summary>
    public const string ClosedLoopFigureFile = "04-closed-loop.png";

    /// <inheritdoc />
    public string Name => "lab04";

    /// <inheritdoc />
    public string Summary => "Lab 4: COMP3222 (Elman 100; GD vs Adam, MSE vs RMSE, relu/tanh/logistic; closed loop 04-closed-loop.png), the LSTM lab and the GRU blog, beside naive baselines (04-loss-curves.png)";

    /// <inheritdoc />
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var budget = context.Quick ? Lab04Budget.Quick : Lab04Budget.Full;
        var runs = new List<SeedRun>();
        foreach (var seed in context.TrainingSeeds)
            runs.Add(RunSeed(context, budget, seed, runs.Count));

        var first = runs[0];
        context.SaveFigure(LossFigureFile, TimeSeriesFigures.LossCurves(first.Panels));
        context.SaveFigure(ClosedLoopFigureFile, TimeSeriesFigures.ClosedLoop(Comp3222.Value, Comp3222.TMin, Comp3222.Resolution, first.ClosedLoopSeed, first.Generated));
        var metrics = new MetricList(Name);
        for (var i = 0; i < first.Values.Count; i++)
        {
            var (name, definition, _, lower, _, seedFigure) = first.Values[i];
            metrics.AddMedian(name, context.Quick ? $"QUICK budget, not the seed's setting: {definition}" : definition,
                runs.Select(r => r.Values[i].Value).ToArray(), lower, runs.Average(r => r.Values[i].Seconds), seedFigure);
        }
        context.Progress(new ProgressUpdate("done", 1));
        return new ExperimentResult(metrics.All, context.Figures, []);
    }

    /// <summary>One seed's metrics, in the order they were taken, plus what the figures need.</summary>
    private sealed record SeedRun(List<SeedValue> Values, IReadOnlyList<LossPanel> Panels, IReadOnlyList<double> ClosedLoopSeed, IReadOnlyList<double> Generated);

    private static SeedRun RunSeed(ExperimentContext context, Lab04Budget budget, int seed, int seedIndex)
    {
        var backend = Backends.NameOf(context.Settings.Backend);
        var progress = new StageProgress(context, seed, seedIndex);
        var comp = Comp3222Runs.Run(budget, seed, backend, context.Quick, progress);
        var values = comp.Values;
        var closedLoopSeed = Windows.Sample(Comp3222.Value, Comp3222.TMin, Comp3222.Resolution, Comp3222.Steps);
        double[] generated;
        using (var model = comp.Model)
        {
            var targets = LastColumn(comp.Test.Targets);
            var data = $"MSE of the next value after each of {budget.Comp3222TestWindows} fresh random windows of 20";
            values.Add(new("COMP3222 Adam+MSE: next-value test MSE", $"{data}, predicted by the Adam+MSE model", Mse(model.PredictNext(comp.Test.Inputs), targets)));
            values.AddRange(BaselineValues.For("COMP3222", comp.Test.Inputs, targets, LossFunction.MeanSquaredError, data));
            generated = [.. ClosedLoop.Generate(model.PredictNext, closedLoopSeed, budget.ClosedLoopSteps)];
        }
        var truth = Windows.Sample(Comp3222.Value, Comp3222.TMin + Comp3222.Steps * Comp3222.Resolution, Comp3222.Resolution, budget.ClosedLoopSteps);
        values.Add(new($"COMP3222 closed loop: MSE over {budget.ClosedLoopSteps} steps",
            $"mean of (generated − true)² over the {budget.ClosedLoopSteps} values generated from the series' first 20 (t = 0 … 1.9), each prediction fed back",
            Mse(Row(generated), Row(truth))));

        var lstm = SineRuns.LstmLab(budget, seed, backend, context.Quick, progress);
        var gru = SineRuns.GruBlog(budget, seed, backend, context.Quick, progress);
        values.AddRange(lstm.Values);
        values.AddRange(gru.Values);
        var panels = new List<LossPanel> { new("COMP3222: expected batch MSE", "iteration", "MSE", comp.Curves), lstm.Panel, gru.Panel };
        return new SeedRun(values, panels, closedLoopSeed, generated);
    }

    private static Matrix<double> LastColumn(Matrix<double> m) => m.SubMatrix(0, m.RowCount, m.ColumnCount - 1, 1);

    private static Matrix<double> Row(IReadOnlyList<double> values) => Matrix<double>.Build.DenseOfRowArrays(values.ToArray());

    private static double Mse(Matrix<double> predictions, Matrix<double> targets) => Losses.MeanSquaredError(predictions, targets).Value;
}
