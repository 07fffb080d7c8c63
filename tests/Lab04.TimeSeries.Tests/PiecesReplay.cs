using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04.Tests;

/// <summary>
/// <see cref="Training.OnRandomWindows"/>'s loop assembled in double from the lab's own pieces (its
/// <see cref="Windows.Random"/>, <see cref="Losses"/> and <see cref="Adam"/>) and the given
/// <see cref="RecurrentModel"/>, as the remarks on <see cref="Training"/> describe it: the loss curve the
/// training loop must reproduce.
/// </summary>
internal static class PiecesReplay
{
    public static double[] LossCurve(TrainingOptions options, RandomWindowSource source, int iterations)
    {
        var model = RecurrentModel.Seeded(options.Network, options.Seed);
        var random = new Random(options.Seed);
        var adam = new Adam(options.LearningRate);
        var losses = new double[iterations];
        for (int i = 0; i < iterations; i++)
            losses[i] = Step(model, adam, options, Windows.Random(source, options.BatchSize, random));
        return losses;
    }

    /// <summary>One step as the remarks on <see cref="Training"/> describe it: forward, the loss against the last columns
    /// of the targets, backward, one optimizer step. Returns the loss before the step.</summary>
    public static double Step(RecurrentModel model, Adam adam, TrainingOptions options, WindowBatch batch)
    {
        var run = model.Forward(Sequences.FromRows(batch.Inputs));
        var predictions = Sequences.ToRows(run.Predictions);
        var targets = batch.Targets.SubMatrix(0, batch.Count, batch.Targets.ColumnCount - predictions.ColumnCount, predictions.ColumnCount);
        var loss = Losses.Compute(options.Loss, predictions, targets);
        var gradient = model.Backward(run, Sequences.FromRows(loss.Gradient));
        var theta = model.GetParameters();
        if (options.Optimizer == OptimizerKind.Adam)
            adam.Step(theta, gradient);
        else
            theta -= options.LearningRate * gradient;
        model.SetParameters(theta);
        return loss.Value;
    }
}
