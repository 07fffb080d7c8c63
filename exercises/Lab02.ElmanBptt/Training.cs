using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>A tiny training loop (chapter 2, Task 11): everything from Tasks 4 to 10 put together.</summary>
public static class Training
{
    /// <summary>
    /// Trains an Elman network many-to-many with squared error, full batch, for
    /// <see cref="TrainingOptions.Epochs"/> epochs. Each epoch: forward from <c>h0 = 0</c>, loss, BPTT,
    /// clip by global norm if <see cref="TrainingOptions.ClipNorm"/> is set, one SGD step.
    /// </summary>
    /// <param name="initial">The starting parameters; left unchanged.</param>
    /// <param name="data">Inputs and targets (e.g. <see cref="SineTask.Create"/>).</param>
    /// <param name="options">Epochs, learning rate, activation and optional clipping.</param>
    /// <returns>The final parameters and the loss of each epoch <em>before</em> its update
    /// (<c>Losses[0]</c> is the initial loss; one entry per epoch).</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> does not fit <paramref name="initial"/>
    /// (inputs or outputs per step differ); the message names <c>data</c>.</exception>
    /// <remarks>
    /// Hints: <c>h0</c> is a batch × hidden zero matrix. No randomness: the same arguments must give
    /// the same numbers on every run.
    /// </remarks>
    public static TrainingResult Train(ElmanParameters initial, SequenceData data, TrainingOptions options) =>
        throw new NotImplementedException("Implement Training.Train — see docs/02-elman-bptt.md#task-11-the-training-loop");
}
