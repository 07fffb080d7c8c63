using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06.Tests;

/// <summary>
/// A trained model's predictions against the double replay (<see cref="TrainingReplay"/>) where the reference's engine
/// glue could slip: more windows than it runs in one inference batch (1024), and a model trained for a single step.
/// </summary>
[TestFixture]
public class InferenceTests
{
    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= Tolerance.Float32.Training * Math.Max(1, Math.Abs(expected));

    // 26 windows of 4 noisy values.
    private static WindowSet Train() => SeriesWindows.Sliding(LectureSeries.Noisy(30, seed: 11), LectureSeries.Steps);

    [TestCase(1100)]
    [TestCase(2048)]
    public void Predictions_for_more_windows_than_one_inference_batch_are_each_windows_own(int count)
    {
        var train = Train();
        var options = new TrainingOptions(Hidden: 6, HeadHidden: 3, Epochs: 1, BatchSize: 4, LearningRate: 0.01, Seed: 7, Backend: "simd");
        var windows = SeriesWindows.Sliding(LectureSeries.Noisy(count + LectureSeries.Steps, seed: 5), LectureSeries.Steps).Inputs;

        using var model = Training.Fit(options, train);

        var predictions = model.Predict(windows);
        predictions.RowCount.Should().Be(count);
        var (_, replayed) = TrainingReplay.Run(options, train);
        predictions.Enumerate().Should().Equal(TrainingReplay.Predict(replayed, windows).Enumerate(), Close, "window i's prediction is row i");
    }

    [Test]
    public void The_predictions_after_a_single_step_come_from_the_stepped_weights()
    {
        // ⌊26 / 16⌋ = 1 batch for 1 epoch: exactly one step.
        var train = Train();
        var options = new TrainingOptions(Hidden: 6, HeadHidden: 3, Epochs: 1, BatchSize: 16, LearningRate: 0.05, Seed: 3, Backend: "simd");

        using var model = Training.Fit(options, train);

        model.Losses.Should().ContainSingle();
        var (_, replayed) = TrainingReplay.Run(options, train);
        model.Predict(train.Inputs).Enumerate().Should().Equal(TrainingReplay.Predict(replayed, train.Inputs).Enumerate(), Close);
    }
}
