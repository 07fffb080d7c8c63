using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08;

/// <summary>
/// Picking the next character from the logits (chapter 8, "Task 3"): greedily, as the lecture does
/// (<c>np.argmax(pred)</c>), or by drawing from <c>softmax(logits / T)</c> with a temperature T, as min-char-rnn does
/// (T = 1). A small T sharpens the distribution towards the greedy choice; a large T flattens it.
/// </summary>
public static class Sampler
{
    /// <summary>The index of the largest logit (the first one on a tie).</summary>
    /// <exception cref="ArgumentException">The logits are empty or hold NaN (naming <paramref name="logits"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="logits"/> is null.</exception>
    public static int Greedy(Vector<double> logits) =>
        throw new NotImplementedException("Implement Sampler.Greedy — see docs/08-char-text.md#task-3-greedy-and-temperature-sampling");

    /// <summary><c>softmax(logits / temperature)</c>, with the max shift.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not a positive finite number (the exception names it).</exception>
    /// <exception cref="ArgumentException">The logits are empty or hold NaN or infinity (naming <paramref name="logits"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="logits"/> is null.</exception>
    /// <remarks>Divide the logits, not the probabilities: <c>softmax(z)/T</c> no longer sums to 1 and changes nothing after
    /// renormalising (analyzer rule RK0015).</remarks>
    public static Vector<double> Probabilities(Vector<double> logits, double temperature) =>
        throw new NotImplementedException("Implement Sampler.Probabilities — see docs/08-char-text.md#task-3-greedy-and-temperature-sampling");

    /// <summary>
    /// Draws an index from <see cref="Probabilities"/> with one <c>random.NextDouble()</c> u: the first index i whose
    /// cumulative probability p₀ + … + pᵢ exceeds u (the last index if rounding leaves the sum below u).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not a positive finite number.</exception>
    /// <exception cref="ArgumentException">The logits are empty or hold NaN or infinity.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Sample(Vector<double> logits, double temperature, Random random) =>
        throw new NotImplementedException("Implement Sampler.Sample — see docs/08-char-text.md#task-3-greedy-and-temperature-sampling");
}
