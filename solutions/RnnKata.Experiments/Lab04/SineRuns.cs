using System.Diagnostics;
using RnnKata.Given.Recurrent;
using RnnKata.Lab04;
using OptimizerKind = RnnKata.Lab04.OptimizerKind;

namespace RnnKata.Experiments.Lab04;

/// <summary>
/// The two sine experiments: the LSTM lab (10 values every 0.01 predict the 11th; LSTM 128, Adam 0.01, batch 64,
/// 50 epochs, the checkpoint with the lowest batch loss, its cosine-for-sine mistake and its GRU and two-layer
/// extensions) and the GRU blog (5 predict the 6th; GRU 64, L1, Adam 1e-3, batch 64, 120 epochs). All with TF1's
/// initial weights, as the seeds.
/// </summary>
internal static class SineRuns
{
    /// <summary>The LSTM lab's test MSE and the GRU blog's training L1.</summary>
    public const double SeedLstmTestMse = 8.0e-6, SeedGruTrainL1 = 0.0048;

    /// <summary>What a sine experiment leaves: its metrics and its loss panel.</summary>
    public sealed record Outcome(List<SeedValue> Values, LossPanel Panel);

    /// <summary>The LSTM lab's five runs, from progress run <see cref="StageProgress.FirstLstmLabRun"/>.</summary>
    public static Outcome LstmLab(Lab04Budget budget, int seed, string backend, bool quick, StageProgress progress)
    {
        var sine = Windows.Sliding(Windows.Sample(Math.Sin, 0, 0.01, budget.LstmTrainPoints), 10);
        var cosine = Windows.Sliding(Windows.Sample(Math.Cos, 0, 0.01, budget.LstmTrainPoints), 10);
        var test = Windows.Sliding(Windows.Sample(Math.Sin, 10, 0.01, budget.LstmTestPoints), 10);
        var live = test.Rows(Enumerable.Range(0, test.Count / 10).Select(i => 10 * i).ToArray());
        var data = $"test: the {test.Count} windows of sin(t) every 0.01 from t = 10";
        var values = new List<SeedValue>();

        TrainedModel Train(int index, string stage, NetworkSpec network, WindowBatch train, bool restore, out double seconds)
        {
            var options = new TrainingOptions(network, LossFunction.MeanSquaredError, OptimizerKind.Adam, 0.01, 64, seed,
                budget.LstmReportEvery, backend, RestoreLowestBatchLoss: restore);
            var clock = Stopwatch.StartNew();
            var model = Training.OnDataset(options, train, budget.LstmEpochs, live, progress.For($"LSTM lab: {stage}", StageProgress.FirstLstmLabRun + index, budget.LstmEpochs));
            seconds = clock.Elapsed.TotalSeconds;
            return model;
        }

        double TestMse(TrainedModel model) => Losses.MeanSquaredError(model.PredictNext(test.Inputs), test.Targets).Value;

        var lstm = new NetworkSpec(RecurrentCell.Lstm, 128, Readout: Readout.LastStep, Init: Initialization.TensorFlow1);
        var setting = $"last step, Adam 0.01, batch 64, {budget.LstmEpochs} epochs on the {sine.Count} windows of {budget.LstmTrainPoints} points from t = 0, TF1 initial weights";
        using (var seedModel = Train(0, "LSTM 128, checkpoint", lstm, sine, true, out var seconds))
        {
            values.Add(new("LSTM lab: test MSE", $"MSE of the next value; {data}; LSTM 128, {setting}; the model restored from the step with the lowest batch loss, as the seed's Saver",
                TestMse(seedModel), Seconds: seconds, SeedFigure: quick ? null : SeedLstmTestMse));
            values.AddRange(BaselineValues.For("LSTM lab", test.Inputs, test.Targets, LossFunction.MeanSquaredError, data));
        }
        TrainingProgress[] history;
        using (var final = Train(1, "LSTM 128, final", lstm, sine, false, out var seconds))
        {
            values.Add(new("LSTM lab: test MSE of the final model", $"as the test MSE, but the model after the last step, without the checkpoint", TestMse(final), Seconds: seconds));
            history = [.. final.History];
        }
        TrainingProgress[] mistake;
        using (var cos = Train(2, "trained on cos", lstm, cosine, true, out var seconds))
        {
            values.Add(new("LSTM lab, the seed's mistake: trained on cos, tested on sin", $"as the test MSE, but trained on cos(t) as the seed's code does by mistake", TestMse(cos), Seconds: seconds));
            mistake = [.. cos.History];
        }
        using (var gru = Train(3, "GRU 128", lstm with { Cell = RecurrentCell.Gru }, sine, true, out var seconds))
            values.Add(new("LSTM lab extension: GRU 128 test MSE", "as the test MSE, with a GRU of 128 for the LSTM", TestMse(gru), Seconds: seconds));
        using (var deep = Train(4, "2 layers", lstm with { Layers = 2 }, sine, true, out var seconds))
            values.Add(new("LSTM lab extension: 2 LSTM layers test MSE", "as the test MSE, with two stacked LSTM layers of 128", TestMse(deep), Seconds: seconds));

        var epochs = history.Select(h => (double)h.Iteration).ToArray();
        var panel = new LossPanel("LSTM lab: MSE", "epoch", "MSE",
        [
            new LossCurve("training (mean batch MSE)", epochs, history.Select(h => h.TrainLoss).ToArray()),
            new LossCurve("test (every 10th window)", epochs, history.Select(h => h.TestLoss!.Value).ToArray()),
            new LossCurve("trained on cos: test on sin", epochs, mistake.Select(h => h.TestLoss!.Value).ToArray()),
        ]);
        return new Outcome(values, panel);
    }

    /// <summary>The GRU blog, progress run <see cref="StageProgress.GruBlogRun"/>. Its 0.0048 is a training L1: both the training and a held-out L1 are reported.</summary>
    public static Outcome GruBlog(Lab04Budget budget, int seed, string backend, bool quick, StageProgress progress)
    {
        var train = Windows.Sliding(Windows.Sample(Math.Sin, 0, 0.01, budget.GruTrainPoints), 5);
        var test = Windows.Sliding(Windows.Sample(Math.Sin, 100, 0.01, budget.GruTestPoints), 5);
        var options = new TrainingOptions(new NetworkSpec(RecurrentCell.Gru, 64, Readout: Readout.LastStep, Init: Initialization.TensorFlow1),
            LossFunction.MeanAbsoluteError, OptimizerKind.Adam, 1e-3, 64, seed, 1, backend);
        var clock = Stopwatch.StartNew();
        using var gru = Training.OnDataset(options, train, budget.GruEpochs, test, progress.For("GRU blog", StageProgress.GruBlogRun, budget.GruEpochs));
        var seconds = clock.Elapsed.TotalSeconds;
        var setting = $"GRU 64, last step, TF1 initial weights, Adam 1e-3, batch 64, {budget.GruEpochs} epochs on {budget.GruTrainPoints} points of sin(t) every 0.01 from t = 0";
        var data = $"test L1 on {budget.GruTestPoints} held-out points of sin(t) every 0.01 from t = 100, windows of 5 predict the 6th";
        var values = new List<SeedValue>
        {
            new("GRU blog: training L1", $"mean batch L1 of the last epoch (the blog's printed loss); {setting}", gru.History[^1].TrainLoss,
                Seconds: seconds, SeedFigure: quick ? null : SeedGruTrainL1),
            new("GRU blog: test L1", $"{data}; the blog never measures it", Losses.MeanAbsoluteError(gru.PredictNext(test.Inputs), test.Targets).Value),
        };
        values.AddRange(BaselineValues.For("GRU blog", test.Inputs, test.Targets, LossFunction.MeanAbsoluteError, data));
        var epochs = gru.History.Select(h => (double)h.Iteration).ToArray();
        var panel = new LossPanel("GRU blog: L1", "epoch", "L1",
        [
            new LossCurve("training (mean batch L1)", epochs, gru.History.Select(h => h.TrainLoss).ToArray()),
            new LossCurve("test L1", epochs, gru.History.Select(h => h.TestLoss!.Value).ToArray()),
        ]);
        return new Outcome(values, panel);
    }
}
