using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04.Tests;

/// <summary>
/// <see cref="TrainingOptions.RestoreLowestBatchLoss"/>, the LSTM lab's Saver: the model returned is the one right after the
/// step with the lowest batch loss, which is exactly the model a shorter run ending at that step returns.
/// </summary>
[TestFixture]
[KataTask(5)]
public class CheckpointTests
{
    private static readonly RandomWindowSource Source = new(Comp3222.Value, 0, 30, 0.1, 6);

    private static TrainingOptions Options(RecurrentCell cell, bool restore, double learningRate = 0.05) =>
        new(new NetworkSpec(cell, 8, Readout: Readout.LastStep), LossFunction.MeanSquaredError, OptimizerKind.Adam, learningRate, 4,
            Seed: 11, Backend: "simd", RestoreLowestBatchLoss: restore);

    private static Matrix<double> Probe() => Windows.Random(Source, 12, new Random(3)).Inputs;

    private static int LowestAt(IReadOnlyList<double> losses) =>
        Enumerable.Range(0, losses.Count).Aggregate((best, i) => losses[i] < losses[best] ? i : best);

    [Test]
    public void On_random_windows_the_restored_model_is_the_one_after_the_lowest_loss_step()
    {
        const int iterations = 60;
        using var restored = Training.OnRandomWindows(Options(RecurrentCell.Elman, true), Source, iterations);
        using var final = Training.OnRandomWindows(Options(RecurrentCell.Elman, false), Source, iterations);
        int lowest = LowestAt(restored.Losses);
        lowest.Should().BeLessThan(iterations - 1, "the test needs a run whose lowest batch loss is not its last step");
        using var shorter = Training.OnRandomWindows(Options(RecurrentCell.Elman, false), Source, lowest + 1);

        restored.Losses.Should().Equal(final.Losses, "restoring changes what is returned, not the training or its loss list");
        restored.PredictNext(Probe()).Should().Be(shorter.PredictNext(Probe()),
            $"the lowest batch loss was at step {lowest}: the model returned is the model right after that step");
        final.PredictNext(Probe()).Should().NotBe(shorter.PredictNext(Probe()), "without the option the final model is returned");
    }

    [Test]
    public void On_a_dataset_the_restored_model_is_the_one_after_the_lowest_loss_step()
    {
        // One batch per epoch, so the step with the lowest loss ends an epoch and a shorter run can end there too;
        // a learning rate large enough that the loss on that one batch does not simply fall to the end.
        var train = Windows.Random(Source, 4, new Random(8));
        const int epochs = 40;
        using var restored = Training.OnDataset(Options(RecurrentCell.Gru, true, 0.3), train, epochs);
        using var final = Training.OnDataset(Options(RecurrentCell.Gru, false, 0.3), train, epochs);
        int lowest = LowestAt(restored.Losses);
        lowest.Should().BeLessThan(epochs - 1, "the test needs a run whose lowest batch loss is not its last step");
        using var shorter = Training.OnDataset(Options(RecurrentCell.Gru, false, 0.3), train, lowest + 1);

        restored.Losses.Should().Equal(final.Losses, "restoring changes what is returned, not the training or its loss list");
        restored.PredictNext(Probe()).Should().Be(shorter.PredictNext(Probe()),
            $"the lowest batch loss was at epoch {lowest + 1}: the model returned is the model right after it");
        final.PredictNext(Probe()).Should().NotBe(shorter.PredictNext(Probe()), "without the option the final model is returned");
    }
}
