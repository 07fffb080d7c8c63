using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine;
using OptimizerKind = RnnKata.Lab04.OptimizerKind;
using RnnKata.Experiments.Running;
using RnnKata.Given.Recurrent;
using RnnKata.Lab04;

namespace RnnKata.Experiments.Lab04;

/// <summary>
/// Chapter 4's numbers and figures, all through Lab 4's public API (so <c>--target exercises</c> trains the
/// student's code): the three seed experiments (COMP3222's Elman on <c>t·sin(t)/3 + 2·sin(5t)</c> with GD vs Adam
/// and MSE vs RMSE, and its closed-loop generation; the LSTM lab; the GRU blog), each beside the naive baselines.
/// </summary>
public sealed class Lab04Experiment : IExperiment
{
    /// <summary>The loss-curve figure's file name.</summary>
    public const string LossFigureFile = "04-loss-curves.png";

    /// <summary>The closed-loop figure's file name.</summary>
    public const string ClosedLoopFigureFile = "04-closed-loop.png";

    /// <summary>The seeds' figures our metrics are compared with.</summary>
    public const double Comp3222SeedLoss = 0.0431, LstmSeedTestMse = 8.0e-6, GruSeedTrainL1 = 0.0048;

    // Progress-bar stages per seed: three COMP3222 runs, the LSTM lab, the GRU blog.
    private const int StagesPerSeed = 5;

    /// <inheritdoc />
    public string Name => "lab04";

    /// <inheritdoc />
    public string Summary => "Lab 4: COMP3222 (Elman relu 100; GD vs Adam, MSE vs RMSE; closed loop 04-closed-loop.png), the LSTM lab and the GRU blog, beside naive baselines (04-loss-curves.png)";

    /// <inheritdoc />
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var budget = context.Quick ? Lab04Budget.Quick : Lab04Budget.Full;
        var runs = new List<SeedRun>();
        foreach (var seed in context.TrainingSeeds)
            runs.Add(RunSeed(context, budget, seed, runs.Count * StagesPerSeed));

        var first = runs[0];
        context.SaveFigure(LossFigureFile, TimeSeriesFigures.LossCurves(first.Panels));
        context.SaveFigure(ClosedLoopFigureFile, TimeSeriesFigures.ClosedLoop(Comp3222.Value, Comp3222.TMin, Comp3222.Resolution, first.ClosedLoopSeed, first.Generated));
        var metrics = new MetricList(Name);
        AddMetrics(metrics, runs, budget, context.Quick);
        context.Progress(new ProgressUpdate("done", 1));
        return new ExperimentResult(metrics.All, context.Figures, []);
    }

    /// <summary>One seed's measurements: name → (value, seconds), in the order they were taken, plus what the figures need.</summary>
    private sealed record SeedRun(List<(string Name, string Definition, double Value, bool LowerIsBetter, double Seconds, double? SeedFigure)> Values,
        IReadOnlyList<LossPanel> Panels, IReadOnlyList<double> ClosedLoopSeed, IReadOnlyList<double> Generated);

    private SeedRun RunSeed(ExperimentContext context, Lab04Budget budget, int seed, int stageOffset)
    {
        var values = new List<(string, string, double, bool, double, double?)>();
        var backend = Backends.NameOf(context.Settings.Backend);
        var total = context.TrainingSeeds.Count * StagesPerSeed;
        Action<TrainingProgress> Reporter(string stage, int index, int steps) => report => context.Progress(new ProgressUpdate(
            $"{stage}, seed {seed}", (stageOffset + index + Math.Min(1, (double)report.Iteration / steps)) / total, report.TrainLoss, report.TestLoss));

        // COMP3222: Elman relu 100 with a per-step head, batch 50, lr 0.001, fresh random windows every iteration.
        var comp = new NetworkSpec(RecurrentCell.Elman, 100, Activation: ElmanActivation.Relu, Readout: Readout.EveryStep);
        var compTest = Windows.Random(Comp3222.Windows, budget.Comp3222TestWindows, new Random(seed + 1_000_000));
        var report = Math.Max(1, budget.Comp3222Iterations / 30);
        var setting = $"Elman relu 100, batch 50, lr 0.001, {budget.Comp3222Iterations} iterations";
        var curves = new List<LossCurve>();
        TrainedModel? adamMse = null;
        var variants = new (string Label, OptimizerKind Optimizer, LossFunction Loss)[]
        {
            ("Adam+MSE", OptimizerKind.Adam, LossFunction.MeanSquaredError),
            ("GD+MSE", OptimizerKind.GradientDescent, LossFunction.MeanSquaredError),
            ("Adam+RMSE", OptimizerKind.Adam, LossFunction.RootMeanSquaredError),
        };
        for (var v = 0; v < variants.Length; v++)
        {
            var (label, optimizer, loss) = variants[v];
            var clock = Stopwatch.StartNew();
            var options = new TrainingOptions(comp, loss, optimizer, 0.001, 50, seed, report, backend);
            var model = Training.OnRandomWindows(options, Comp3222.Windows, budget.Comp3222Iterations, compTest, Reporter($"COMP3222 {label}", v, budget.Comp3222Iterations));
            var squared = loss == LossFunction.RootMeanSquaredError;
            var batchMse = model.Losses.Select(l => squared ? l * l : l).ToArray();
            curves.Add(new LossCurve(squared ? $"{label} (RMSE²)" : label, Enumerable.Range(0, batchMse.Length).Select(i => (double)i).ToArray(), batchMse));
            values.Add(($"COMP3222 {label}: batch MSE at iteration {budget.Comp3222MetricIteration}",
                $"MSE over the 50 × 20 per-step predictions of that iteration's random batch, before its step{(squared ? "; the run minimises RMSE and its RMSE is squared here to compare with MSE" : "")}; {setting}",
                batchMse[budget.Comp3222MetricIteration], true, clock.Elapsed.TotalSeconds,
                label == "Adam+MSE" && !context.Quick ? Comp3222SeedLoss : null));
            if (adamMse is null)
                adamMse = model;
            else
                model.Dispose();
        }
        using var compModel = adamMse!;
        var compTargets = LastColumn(compTest.Targets);
        var nextValue = $"MSE of the next value after each of {budget.Comp3222TestWindows} fresh random windows of 20";
        values.Add(("COMP3222 Adam+MSE: next-value test MSE", $"{nextValue}, predicted by the Adam+MSE model", Mse(compModel.PredictNext(compTest.Inputs), compTargets), true, 0, null));
        AddBaselines(values, "COMP3222", compTest.Inputs, compTargets, LossFunction.MeanSquaredError, nextValue);

        var closedLoopSeed = Windows.Sample(Comp3222.Value, Comp3222.TMin, Comp3222.Resolution, Comp3222.Steps);
        var generated = ClosedLoop.Generate(compModel.PredictNext, closedLoopSeed, budget.ClosedLoopSteps);
        var truth = Windows.Sample(Comp3222.Value, Comp3222.TMin + Comp3222.Steps * Comp3222.Resolution, Comp3222.Resolution, budget.ClosedLoopSteps);
        values.Add(($"COMP3222 closed loop: MSE over {budget.ClosedLoopSteps} steps",
            $"mean of (generated − true)² over the {budget.ClosedLoopSteps} values generated from the series' first 20 (t = 0 … 1.9), each prediction fed back",
            Mse(Row(generated), Row(truth)), true, 0, null));

        // The LSTM lab: 10 values predict the 11th, sin every 0.01, trained and tested on the same function.
        var lstmClock = Stopwatch.StartNew();
        var lstmTrain = Windows.Sliding(Windows.Sample(Math.Sin, 0, 0.01, budget.LstmTrainPoints), 10);
        var lstmTest = Windows.Sliding(Windows.Sample(Math.Sin, 10, 0.01, budget.LstmTestPoints), 10);
        var lstmOptions = new TrainingOptions(new NetworkSpec(RecurrentCell.Lstm, 128, Readout: Readout.LastStep),
            LossFunction.MeanSquaredError, OptimizerKind.Adam, 0.01, 64, seed, 1, backend);
        using var lstm = Training.OnDataset(lstmOptions, lstmTrain, budget.LstmEpochs, lstmTest, Reporter("LSTM lab", 3, budget.LstmEpochs));
        var lstmData = $"sin(t) every 0.01, windows of 10 predict the 11th; test: {budget.LstmTestPoints} points from t = 10";
        values.Add(("LSTM lab: test MSE", $"MSE on the test windows after training; LSTM 128, last step, Adam 0.01, batch 64, {budget.LstmEpochs} epochs on {budget.LstmTrainPoints} points from t = 0 of the same function; {lstmData}",
            Mse(lstm.PredictNext(lstmTest.Inputs), lstmTest.Targets), true, lstmClock.Elapsed.TotalSeconds, context.Quick ? null : LstmSeedTestMse));
        AddBaselines(values, "LSTM lab", lstmTest.Inputs, lstmTest.Targets, LossFunction.MeanSquaredError, $"test MSE; {lstmData}");

        // The GRU blog: 5 values predict the 6th, L1, its 0.0048 is a training loss: report both.
        var gruClock = Stopwatch.StartNew();
        var gruTrain = Windows.Sliding(Windows.Sample(Math.Sin, 0, 0.01, budget.GruTrainPoints), 5);
        var gruTest = Windows.Sliding(Windows.Sample(Math.Sin, 100, 0.01, budget.GruTestPoints), 5);
        var gruOptions = new TrainingOptions(new NetworkSpec(RecurrentCell.Gru, 64, Readout: Readout.LastStep),
            LossFunction.MeanAbsoluteError, OptimizerKind.Adam, 1e-3, 64, seed, 1, backend);
        using var gru = Training.OnDataset(gruOptions, gruTrain, budget.GruEpochs, gruTest, Reporter("GRU blog", 4, budget.GruEpochs));
        var gruSetting = $"GRU 64, last step, Adam 1e-3, batch 64, {budget.GruEpochs} epochs on {budget.GruTrainPoints} points of sin(t) every 0.01 from t = 0";
        var gruData = $"{budget.GruTestPoints} held-out points of sin(t) every 0.01 from t = 100, windows of 5 predict the 6th";
        values.Add(("GRU blog: training L1", $"mean batch L1 of the last epoch (the blog's printed loss); {gruSetting}",
            gru.History[^1].TrainLoss, true, gruClock.Elapsed.TotalSeconds, context.Quick ? null : GruSeedTrainL1));
        values.Add(("GRU blog: test L1", $"L1 on {gruData}; the blog never measures it", L1(gru.PredictNext(gruTest.Inputs), gruTest.Targets), true, gruClock.Elapsed.TotalSeconds, null));
        AddBaselines(values, "GRU blog", gruTest.Inputs, gruTest.Targets, LossFunction.MeanAbsoluteError, $"test L1 on {gruData}");

        var panels = new List<LossPanel>
        {
            new("COMP3222: batch MSE", "iteration", "MSE", curves),
            DatasetPanel("LSTM lab: MSE", "MSE", lstm.History),
            DatasetPanel("GRU blog: L1", "L1", gru.History),
        };
        return new SeedRun(values!, panels, closedLoopSeed, generated);
    }

    private static LossPanel DatasetPanel(string title, string loss, IReadOnlyList<TrainingProgress> history)
    {
        var epochs = history.Select(h => (double)h.Iteration).ToArray();
        return new LossPanel(title, "epoch", loss,
        [
            new LossCurve($"training (mean batch {loss})", epochs, history.Select(h => h.TrainLoss).ToArray()),
            new LossCurve($"test {loss}", epochs, history.Select(h => h.TestLoss ?? double.NaN).ToArray()),
        ]);
    }

    private static void AddBaselines(List<(string, string, double, bool, double, double?)> values, string experiment,
        Matrix<double> inputs, Matrix<double> targets, LossFunction loss, string data)
    {
        values.Add(($"{experiment}: baseline repeat last value", $"ŷ = x(n − 1); {data}", Losses.Compute(loss, Baselines.RepeatLast(inputs), targets).Value, true, 0, null));
        values.Add(($"{experiment}: baseline linear extrapolation", $"ŷ = 2·x(n − 1) − x(n − 2); {data}", Losses.Compute(loss, Baselines.LinearExtrapolation(inputs), targets).Value, true, 0, null));
    }

    private static void AddMetrics(MetricList metrics, List<SeedRun> runs, Lab04Budget budget, bool quick)
    {
        for (var i = 0; i < runs[0].Values.Count; i++)
        {
            var (name, definition, _, lower, _, seedFigure) = runs[0].Values[i];
            var perSeed = runs.Select(r => r.Values[i].Value).ToArray();
            metrics.AddMedian(name, quick ? $"QUICK budget, not the seed's setting: {definition}" : definition,
                perSeed, lower, runs.Average(r => r.Values[i].Seconds), seedFigure);
        }
    }

    private static Matrix<double> LastColumn(Matrix<double> m) => m.SubMatrix(0, m.RowCount, m.ColumnCount - 1, 1);

    private static Matrix<double> Row(IReadOnlyList<double> values) => Matrix<double>.Build.DenseOfRowArrays(values.ToArray());

    private static double Mse(Matrix<double> predictions, Matrix<double> targets) => Losses.MeanSquaredError(predictions, targets).Value;

    private static double L1(Matrix<double> predictions, Matrix<double> targets) => Losses.MeanAbsoluteError(predictions, targets).Value;
}
