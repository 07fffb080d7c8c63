using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04.Tests;

/// <summary>
/// <see cref="TrainedModel.Outputs"/> on many windows at once: each window's outputs are its own, however many windows are
/// asked for together (the reference runs inference in chunks of windows; a test set may be larger than one chunk).
/// </summary>
[TestFixture]
[KataTask(5)]
public class InferenceTests
{
    [TestCase(1025)]   // one full chunk of 1024 windows and one window more
    [TestCase(2048)]   // exactly two full chunks
    public void Outputs_for_thousands_of_windows_are_each_window_s_own(int count)
    {
        // Shifted windows (a target per step) starting 0.01 apart, so that no two are alike.
        var windows = Windows.Shifted(Comp3222.Value, Enumerable.Range(0, count).Select(k => 0.01 * k).ToArray(), Comp3222.Resolution, 5);
        var train = windows.Rows([0, 300, 600, 900]);
        var options = new TrainingOptions(new NetworkSpec(RecurrentCell.Gru, 5), LossFunction.MeanSquaredError, OptimizerKind.Adam, 0.05, 4,
                                          Seed: 2, Backend: "simd");
        using var model = Training.OnDataset(options, train, 1);
        var (_, replayed) = DatasetReplay.Run(options, train, 1);

        var outputs = model.Outputs(windows.Inputs);

        var expected = DatasetReplay.Outputs(replayed, windows.Inputs);
        outputs.RowCount.Should().Be(count);
        outputs.ColumnCount.Should().Be(5, "an every-step readout gives one output per step");
        int worst = Enumerable.Range(0, count).MaxBy(r => (outputs.Row(r) - expected.Row(r)).InfinityNorm());
        (outputs.Row(worst) - expected.Row(worst)).InfinityNorm().Should().BeLessThanOrEqualTo(
            Tolerance.Float32.Training * Math.Max(1, expected.Row(worst).InfinityNorm()),
            $"window {worst} of {count} must get the outputs of the trained model for that window (float32 within 1e-5)");
    }
}
