using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06.Tests;

/// <summary>
/// The lecture's model trained by <see cref="Training.Fit"/> against the same run replayed in double from the pieces
/// (<see cref="TrainingReplay"/>): the loss of every step and the trained model's predictions, in both window layouts.
/// The reference trains on the engine in float32 (<c>simd</c> backend); the given double loop runs your windows and head.
/// </summary>
[TestFixture]
public class TrainingTests
{
    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= Tolerance.Float32.Training * Math.Max(1, Math.Abs(expected));

    // 26 windows of 4 noisy values: with batches of 4, 6 full batches and 2 windows left for a later epoch's shuffle.
    private static WindowSet Train() => SeriesWindows.Sliding(LectureSeries.Noisy(30, seed: 11), LectureSeries.Steps);

    private static TrainingOptions Small(WindowLayout layout) =>
        new(layout, Hidden: 6, HeadHidden: 3, Epochs: 3, BatchSize: 4, LearningRate: 0.01, Seed: 7, Backend: "simd");

    [TestCase(WindowLayout.StepsOfOneValue)]
    [TestCase(WindowLayout.OneStepOfAllValues)]
    public void The_losses_and_the_trained_predictions_match_the_run_replayed_from_the_pieces(WindowLayout layout)
    {
        var train = Train();
        var options = Small(layout);

        using var model = Training.Fit(options, train);

        var (losses, replayed) = TrainingReplay.Run(options, train);
        model.Losses.Should().HaveCount(losses.Length, "one loss per full batch of every epoch: 3 × ⌊26/4⌋ = 18");
        TestContext.Out.WriteLine($"largest relative loss difference: {model.Losses.Zip(losses, (a, e) => Math.Abs(a - e) / Math.Max(1, Math.Abs(e))).Max():E2}");
        model.Losses.Should().Equal(losses, Close, "same first weights, shuffles, batches and RMSProp steps (float32 within 1e-5)");
        model.Predict(train.Inputs).Enumerate().Should().Equal(TrainingReplay.Predict(replayed, train.Inputs).Enumerate(), Close,
            "the returned model is the one after the last step");
    }

    [Test]
    public void The_two_layouts_are_different_models()
    {
        // The lecture's one step of four features never runs the recurrence: same data, another function of it.
        var train = Train();
        using var steps = Training.Fit(Small(WindowLayout.StepsOfOneValue), train);
        using var oneStep = Training.Fit(Small(WindowLayout.OneStepOfAllValues), train);

        (steps.Predict(train.Inputs) - oneStep.Predict(train.Inputs)).InfinityNorm().Should().BeGreaterThan(1e-3);
    }

    [Test]
    public void Progress_is_reported_after_every_epoch_with_that_epochs_mean_batch_loss()
    {
        var reports = new List<EpochProgress>();

        using var model = Training.Fit(Small(WindowLayout.StepsOfOneValue), Train(), reports.Add);

        reports.Select(r => r.Epoch).Should().Equal(1, 2, 3);
        reports.Should().OnlyContain(r => r.Epochs == 3);
        var perEpoch = model.Losses.Chunk(6).Select(c => c.Average()).ToArray();
        reports.Select(r => r.TrainLoss).Should().Equal(perEpoch, (a, e) => Math.Abs(a - e) <= Tolerance.ClosedForm * Math.Max(1, Math.Abs(e)),
            "each epoch reports the mean of its 6 batch losses");
        model.EpochLosses.Should().Equal(reports.Select(r => r.TrainLoss));
    }
}
