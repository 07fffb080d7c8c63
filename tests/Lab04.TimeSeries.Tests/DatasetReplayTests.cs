using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04.Tests;

/// <summary>
/// Task 5 on a data set: <see cref="Training.OnDataset"/> against the same loop replayed in double from the lab's
/// pieces (<see cref="DatasetReplay"/>): the Fisher–Yates shuffle of every epoch, the full batches in that order, the
/// <see cref="RecurrentModel.Seeded"/> initial weights, and the model it returns. The reference trains on the engine in
/// float32 (<c>simd</c> backend); your code runs in double and ignores the backend.
/// </summary>
[TestFixture]
[KataTask(5)]
public class DatasetReplayTests
{
    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= Tolerance.Float32.Training * Math.Max(1, Math.Abs(expected));

    // 23 sliding windows of 5 values: with 4 per batch, 5 full batches and 3 windows left for a later epoch's shuffle.
    private static WindowBatch SineWindows() => Windows.Sliding(Windows.Sample(Math.Sin, 0, 0.3, 28), 5);

    // 14 shifted windows of COMP3222 (a target per step, for every-step readouts): 3 batches of 4 and 2 left over.
    private static WindowBatch Comp3222Shifted() =>
        Windows.Shifted(Comp3222.Value, Enumerable.Range(0, 14).Select(k => 1.3 * k).ToArray(), Comp3222.Resolution, 6);

    public static IEnumerable<TestCaseData> Runs()
    {
        yield return new TestCaseData(new NetworkSpec(RecurrentCell.Gru, 6, Readout: Readout.LastStep), LossFunction.MeanSquaredError,
                                      OptimizerKind.Adam, false).SetArgDisplayNames("GRU, last step, MSE, Adam, sine");
        yield return new TestCaseData(new NetworkSpec(RecurrentCell.Elman, 6), LossFunction.MeanAbsoluteError,
                                      OptimizerKind.GradientDescent, true).SetArgDisplayNames("Elman, every step, L1, gradient descent, COMP3222");
        // TF1's initial weights are drawn by the given model only: they reach training only if the loop starts from them.
        yield return new TestCaseData(new NetworkSpec(RecurrentCell.Lstm, 6, Readout: Readout.LastStep, Init: Initialization.TensorFlow1),
                                      LossFunction.RootMeanSquaredError, OptimizerKind.Adam, false).SetArgDisplayNames("LSTM, TF1 weights, RMSE, Adam, sine");
    }

    [TestCaseSource(nameof(Runs))]
    public void The_loss_curve_and_the_model_match_the_shuffled_epochs_replayed_from_the_pieces(
        NetworkSpec network, LossFunction loss, OptimizerKind optimizer, bool shifted)
    {
        var train = shifted ? Comp3222Shifted() : SineWindows();
        var options = new TrainingOptions(network, loss, optimizer, 0.02, 4, Seed: 7, Backend: "simd");
        const int epochs = 4;

        using var model = Training.OnDataset(options, train, epochs);

        var (losses, replayed) = DatasetReplay.Run(options, train, epochs);
        model.Losses.Should().HaveCount(losses.Length, "one loss per full batch of every epoch");
        TestContext.Out.WriteLine($"largest relative loss difference: {model.Losses.Zip(losses, (a, e) => Math.Abs(a - e) / Math.Max(1, Math.Abs(e))).Max():E2}");
        model.Losses.Should().Equal(losses, Close,
            "each epoch shuffles the row indices (Fisher–Yates from one new Random(options.Seed)) and steps on its full batches in order, "
            + "from RecurrentModel.Seeded weights (float32 within 1e-5)");
        ShouldMatch(model.Outputs(train.Inputs), DatasetReplay.Outputs(replayed, train.Inputs), "the returned model is the one after the last step");
    }

    [Test]
    public void The_outputs_after_a_single_step_come_from_the_stepped_weights()
    {
        var train = SineWindows();
        var one = train.Rows([0, 1, 2, 3]);
        var options = new TrainingOptions(new NetworkSpec(RecurrentCell.Elman, 6, Readout: Readout.LastStep), LossFunction.MeanSquaredError,
                                          OptimizerKind.Adam, 0.05, 4,
                                          Seed: 4, Backend: "simd");

        using var model = Training.OnDataset(options, one, 1);

        var (_, replayed) = DatasetReplay.Run(options, one, 1);
        var initial = DatasetReplay.Outputs(RecurrentModel.Seeded(options.Network, options.Seed), train.Inputs);
        var expected = DatasetReplay.Outputs(replayed, train.Inputs);
        (expected - initial).InfinityNorm().Should().BeGreaterThan(1e-3, "the test needs a step that visibly changes the outputs");
        ShouldMatch(model.Outputs(train.Inputs), expected, "one batch, one epoch: the outputs are those of the weights after that one step");
    }

    [Test]
    public void Progress_is_reported_every_report_interval_and_after_the_last_epoch()
    {
        var options = new TrainingOptions(new NetworkSpec(RecurrentCell.Elman, 4, Readout: Readout.LastStep), LossFunction.MeanSquaredError,
                                          OptimizerKind.Adam, 0.01, 8, Seed: 1, ReportEvery: 2, Backend: "simd");

        using var model = Training.OnDataset(options, SineWindows(), 5);

        model.History.Select(r => r.Iteration).Should().Equal([2, 4, 5], "epochs 2 and 4, then the last one, which is not a multiple of 2");
    }

    [Test]
    public void With_a_test_set_the_restored_model_is_still_the_one_after_the_lowest_loss_step()
    {
        // A test set makes the loop run the model for predictions after every step, before the checkpoint is restored.
        // One batch per epoch and a large learning rate, as in CheckpointTests, so that the lowest loss is not the last.
        var train = Windows.Random(new RandomWindowSource(Comp3222.Value, 0, 30, 0.1, 6), 4, new Random(8));
        var options = new TrainingOptions(new NetworkSpec(RecurrentCell.Gru, 8, Readout: Readout.LastStep), LossFunction.MeanSquaredError,
                                          OptimizerKind.Adam, 0.3, 4, Seed: 11, ReportEvery: 1, Backend: "simd");
        const int epochs = 40;
        using var restored = Training.OnDataset(options with { RestoreLowestBatchLoss = true }, train, epochs, train);
        int lowest = Enumerable.Range(0, epochs).Aggregate((best, i) => restored.Losses[i] < restored.Losses[best] ? i : best);
        lowest.Should().BeLessThan(epochs - 1, "the test needs a run whose lowest batch loss is not its last step");

        using var shorter = Training.OnDataset(options, train, lowest + 1);

        restored.Outputs(train.Inputs).Should().Be(shorter.Outputs(train.Inputs),
            $"the lowest batch loss was at epoch {lowest + 1}: the model returned is the model right after it, whatever ran before");
    }

    private static void ShouldMatch(Matrix<double> actual, Matrix<double> expected, string because)
    {
        actual.RowCount.Should().Be(expected.RowCount);
        actual.ColumnCount.Should().Be(expected.ColumnCount);
        actual.Enumerate().Should().Equal(expected.Enumerate(), Close, because + " (float32 within 1e-5)");
    }
}
