using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04;

/// <summary>
/// The mini-batch training loop (chapter 4, "The training loop") around the given
/// <see cref="RecurrentModel"/>: forward, loss, backward, one optimizer step, over and over.
/// </summary>
/// <remarks>
/// One step on a batch, the same in both methods:
/// <list type="number">
/// <item><c>run = model.Forward(Sequences.FromRows(batch.Inputs))</c>; <c>P = Sequences.ToRows(run.Predictions)</c>
/// is batch × n (every-step readout) or batch × 1 (last-step readout).</item>
/// <item>The targets are the last <c>P.ColumnCount</c> columns of <c>batch.Targets</c> (all of them for shifted
/// windows and every-step readout; the last one for a last-step model). A model that needs more target
/// columns than the batch has is an <see cref="ArgumentException"/> naming <c>options</c>.</item>
/// <item><c>loss = Losses.Compute(options.Loss, P, targets)</c>;
/// <c>g = model.Backward(run, Sequences.FromRows(loss.Gradient))</c>.</item>
/// <item><c>θ = model.GetParameters()</c>; Adam: <c>adam.Step(θ, g)</c> with one <c>new Adam(options.LearningRate)</c>
/// for the whole run; gradient descent: <c>θ ← θ − lr·g</c>; then <c>model.SetParameters(θ)</c>.</item>
/// </list>
/// The model is <c>RecurrentModel.Seeded(options.Network, options.Seed)</c> and every random draw comes from one
/// <c>new Random(options.Seed)</c>, so a run is reproducible (and the tests replay it).
/// <para>With <see cref="TrainingOptions.RestoreLowestBatchLoss"/>, keep a copy of θ after every step whose loss is
/// strictly lower than all earlier ones, and put that copy back into the model before returning.</para>
/// </remarks>
public static class Training
{
    /// <summary>
    /// COMP3222's loop: <paramref name="iterations"/> steps, each on a fresh batch of
    /// <c>Windows.Random(source, options.BatchSize, random)</c>.
    /// </summary>
    /// <param name="options">What to train and how.</param>
    /// <param name="source">Where the windows come from.</param>
    /// <param name="iterations">Steps to take, positive.</param>
    /// <param name="test">Held-out windows for the test loss, or null.</param>
    /// <param name="progress">Called at iterations 0, ReportEvery, 2·ReportEvery, … and at the last iteration
    /// with that iteration's batch loss and (when <paramref name="test"/> is given) the test loss after the step.</param>
    /// <returns>The trained model; its <see cref="TrainedModel.Losses"/> lists every iteration's batch loss (before the step)
    /// and <see cref="TrainedModel.History"/> every report.</returns>
    /// <exception cref="ArgumentException">Options with a non-positive batch size, learning rate or ReportEvery, or an invalid
    /// network (the exception names <c>options</c>); <paramref name="iterations"/> not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, its Network, or <paramref name="source"/> is null (the exception names <c>options</c> or <c>source</c>).</exception>
    public static TrainedModel OnRandomWindows(TrainingOptions options, RandomWindowSource source, int iterations,
                                               WindowBatch? test = null, Action<TrainingProgress>? progress = null) =>
        throw new NotImplementedException("Implement Training.OnRandomWindows — see docs/04-time-series.md#task-5-the-training-loop");

    /// <summary>
    /// The LSTM lab's and the GRU blog's loop: <paramref name="epochs"/> passes over <paramref name="train"/>.
    /// Each epoch shuffles the row indices (Fisher–Yates: for k = N − 1 down to 1, swap k with
    /// <c>random.Next(k + 1)</c>) and steps on the ⌊N / BatchSize⌋ full batches in that order; the rest waits
    /// for a later epoch's shuffle.
    /// </summary>
    /// <param name="options">What to train and how.</param>
    /// <param name="train">The training windows, at least BatchSize of them.</param>
    /// <param name="epochs">Passes, positive.</param>
    /// <param name="test">Held-out windows for the test loss, or null.</param>
    /// <param name="progress">Called after epochs ReportEvery, 2·ReportEvery, … and after the last one, with the
    /// epoch (from 1), the mean batch loss of that epoch and the test loss.</param>
    /// <returns>The trained model, as for <see cref="OnRandomWindows"/>.</returns>
    /// <exception cref="ArgumentException">As for <see cref="OnRandomWindows"/>; also a training set smaller than one
    /// batch (naming <paramref name="train"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, its Network, or <paramref name="train"/> is null (the exception names <c>options</c> or <c>train</c>).</exception>
    public static TrainedModel OnDataset(TrainingOptions options, WindowBatch train, int epochs,
                                         WindowBatch? test = null, Action<TrainingProgress>? progress = null) =>
        throw new NotImplementedException("Implement Training.OnDataset — see docs/04-time-series.md#task-5-the-training-loop");
}
