using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08;

/// <summary>
/// One chunk of truncated backpropagation through time (chapter 8, "Task 4"), min-char-rnn's <c>lossFun</c>: the
/// network runs over a chunk of characters from the hidden state the previous chunk ended in, reads logits at every
/// step, and backpropagates through this chunk only. The carried state is a constant of the chunk: no gradient flows
/// into it, so the cost of a step does not grow with the text read so far.
/// </summary>
public static class TruncatedBptt
{
    /// <summary>
    /// Runs <paramref name="network"/> over <paramref name="inputs"/> (character indices) from <paramref name="h0"/>, scores
    /// the logits of step t against <paramref name="targets"/>[t] with <see cref="CrossEntropy.Of"/> (the mean over the
    /// chunk's steps), and backpropagates.
    /// </summary>
    /// <param name="network">The min-char network (given).</param>
    /// <param name="inputs">The chunk's characters, at least one, each in [0, V).</param>
    /// <param name="targets">The character after each input (the inputs shifted by one), as many as the inputs.</param>
    /// <param name="h0">The hidden state the chunk starts from, 1 × H: zeros at the start of the text, else the previous chunk's <see cref="ChunkResult.FinalHidden"/>.</param>
    /// <returns>The chunk's mean loss, the gradient of that loss with respect to every parameter (flat, the network's order), and h after the last step.</returns>
    /// <exception cref="ArgumentException">The inputs are empty, or the targets are not as many, or an index is outside [0, V)
    /// (naming <paramref name="inputs"/> or <paramref name="targets"/>), or <paramref name="h0"/> is not 1 × H (naming it).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Hint: one one-hot 1 × V row per step, then <see cref="CharRnn.Forward"/>, <see cref="CrossEntropy.Of"/>
    /// on its logits and <see cref="CharRnn.Backward"/>.</remarks>
    public static ChunkResult Chunk(CharRnn network, IReadOnlyList<int> inputs, IReadOnlyList<int> targets, Matrix<double> h0) =>
        throw new NotImplementedException("Implement TruncatedBptt.Chunk — see docs/08-char-text.md#task-4-truncated-bptt-with-a-carried-state");
}
