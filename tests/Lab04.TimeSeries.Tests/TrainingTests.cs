using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04.Tests;

/// <summary>
/// Task 5: the training loop. Small seeded budgets that must beat an honest baseline by a margin an
/// untrained or broken model cannot reach, progress reports, and the loss curve against the loop
/// replayed from the lab's pieces in double. The reference solution trains on the engine in float32 with
/// the <c>simd</c> backend (<see cref="TrainingOptions.Backend"/>); your code runs in double and ignores it.
/// </summary>
[TestFixture]
public class TrainingTests
{
    private static TrainingOptions Comp3222Options(int hidden = 16, int batch = 16) =>
        new(new NetworkSpec(RecurrentCell.Elman, hidden, Activation: ElmanActivation.Relu), LossFunction.MeanSquaredError,
            OptimizerKind.Adam, 0.01, batch, Seed: 5, Backend: "simd");

    // 40 windows of COMP3222 at evenly spaced starts over the whole series.
    private static WindowBatch Comp3222Test() =>
        Windows.Shifted(Comp3222.Value, Enumerable.Range(0, 40).Select(k => k * 0.7).ToArray(), Comp3222.Resolution, Comp3222.Steps);

    private static double MeanSquare(Matrix<double> a, Matrix<double> b) => (a - b).PointwisePower(2).Enumerate().Average();

    [Test]
    [KataTask(6)]
    public void A_small_relu_network_beats_repeating_the_last_value_on_comp3222()
    {
        var test = Comp3222Test();
        var next = test.Targets.SubMatrix(0, test.Count, Comp3222.Steps - 1, 1);

        using var model = Training.OnRandomWindows(Comp3222Options(), Comp3222.Windows, 300);

        var baseline = MeanSquare(Baselines.RepeatLast(test.Inputs), next);
        var trained = MeanSquare(model.PredictNext(test.Inputs), next);
        TestContext.Out.WriteLine($"next-value MSE: trained {trained:G4}, repeat-last {baseline:G4}");
        trained.Should().BeLessThan(baseline / 4, "300 Adam steps must predict the next value far better than repeating the last one");
    }

    [Test]
    [KataTask(6)]
    public void A_small_gru_beats_repeating_the_last_value_on_a_sine()
    {
        // Five values 0.3 apart predict the sixth (the GRU blog's task, coarser so that the baseline is not near perfect).
        var train = Windows.Sliding(Windows.Sample(Math.Sin, 0, 0.3, 400), 5);
        var test = Windows.Sliding(Windows.Sample(Math.Sin, 120, 0.3, 100), 5);
        var options = new TrainingOptions(new NetworkSpec(RecurrentCell.Gru, 16, Readout: Readout.LastStep), LossFunction.MeanAbsoluteError,
                                          OptimizerKind.Adam, 0.01, 32, Seed: 3, ReportEvery: 5, Backend: "simd");

        using var model = Training.OnDataset(options, train, 15, test);

        var baseline = MeanSquare(Baselines.RepeatLast(test.Inputs), test.Targets);
        var trained = MeanSquare(model.PredictNext(test.Inputs), test.Targets);
        TestContext.Out.WriteLine($"test MSE: trained {trained:G4}, repeat-last {baseline:G4}");
        trained.Should().BeLessThan(baseline / 4, "15 epochs of a GRU must beat repeating the last value of a sine");
    }

    [TestCase(RecurrentCell.Elman, ElmanActivation.Tanh, LossFunction.MeanSquaredError, OptimizerKind.Adam, Readout.EveryStep)]
    [TestCase(RecurrentCell.Elman, ElmanActivation.Relu, LossFunction.MeanAbsoluteError, OptimizerKind.GradientDescent, Readout.EveryStep)]
    [TestCase(RecurrentCell.Elman, ElmanActivation.Logistic, LossFunction.MeanSquaredError, OptimizerKind.Adam, Readout.LastStep)]
    [TestCase(RecurrentCell.Gru, ElmanActivation.Tanh, LossFunction.RootMeanSquaredError, OptimizerKind.GradientDescent, Readout.EveryStep)]
    [TestCase(RecurrentCell.Lstm, ElmanActivation.Tanh, LossFunction.MeanAbsoluteError, OptimizerKind.Adam, Readout.LastStep)]
    [KataTask(5)]
    public void The_loss_curve_matches_the_loop_replayed_from_the_pieces(
        RecurrentCell cell, ElmanActivation activation, LossFunction loss, OptimizerKind optimizer, Readout readout)
    {
        var source = new RandomWindowSource(Comp3222.Value, 0, 30, 0.1, 6);
        var options = new TrainingOptions(new NetworkSpec(cell, 8, Activation: activation, Readout: readout), loss, optimizer, 0.01, 4, Seed: 9, Backend: "simd");

        using var model = Training.OnRandomWindows(options, source, 30);

        var expected = PiecesReplay.LossCurve(options, source, 30);
        model.Losses.Should().HaveCount(30, "one loss per iteration");
        TestContext.Out.WriteLine($"largest relative difference: {model.Losses.Zip(expected, (a, e) => Math.Abs(a - e) / Math.Max(1, Math.Abs(e))).Max():E2}");
        model.Losses.Should().Equal(expected, (a, e) => Math.Abs(a - e) <= Tolerance.Float32.Training * Math.Max(1, Math.Abs(e)),
            "the training loop is Windows.Random, forward, Losses, backward and one optimizer step, from RecurrentModel.Seeded weights (float32 within 1e-5)");
    }

    [Test]
    [KataTask(5)]
    public void Progress_is_reported_every_report_interval_and_after_the_last_iteration()
    {
        var reports = new List<TrainingProgress>();
        var test = Comp3222Test();

        using var model = Training.OnRandomWindows(Comp3222Options(hidden: 8, batch: 8) with { ReportEvery = 10 }, Comp3222.Windows, 26, test, reports.Add);

        reports.Select(r => r.Iteration).Should().Equal(0, 10, 20, 25);
        reports.Should().Equal(model.History, "the callback sees every report the history keeps");
        reports.Select(r => r.TrainLoss).Should().Equal(new[] { 0, 10, 20, 25 }.Select(i => model.Losses[i]), "the train loss is that iteration's batch loss");
        reports.Should().OnlyContain(r => r.TestLoss.HasValue);
        reports[^1].TestLoss!.Value.Should().BeApproximately(
            Losses.MeanSquaredError(model.Outputs(test.Inputs), test.Targets).Value, 1e-9, "the last test loss is that of the returned model");
        reports[^1].TestLoss!.Value.Should().BeLessThan(reports[0].TestLoss!.Value, "the test loss is measured with the current weights, not the initial ones");
    }

    [Test]
    [KataTask(5)]
    public void Each_epoch_reports_the_mean_of_its_batch_losses()
    {
        var train = Windows.Sliding(Windows.Sample(Math.Sin, 0, 0.3, 45), 4);   // 41 windows: 5 batches of 8, one left over
        var options = new TrainingOptions(new NetworkSpec(RecurrentCell.Lstm, 4, Readout: Readout.LastStep), LossFunction.MeanSquaredError,
                                          OptimizerKind.Adam, 0.01, 8, Seed: 1, ReportEvery: 1, Backend: "simd");

        using var model = Training.OnDataset(options, train, 3);

        model.Losses.Should().HaveCount(15, "⌊41 / 8⌋ = 5 full batches per epoch, 3 epochs");
        model.History.Select(r => r.Iteration).Should().Equal(1, 2, 3);
        model.History.Select(r => r.TrainLoss).Should().Equal(Enumerable.Range(0, 3).Select(e => model.Losses.Skip(5 * e).Take(5).Average()),
            (a, e) => Math.Abs(a - e) < 1e-12);
        model.History.Should().OnlyContain(r => r.TestLoss == null, "no test set, no test loss");
    }
}
