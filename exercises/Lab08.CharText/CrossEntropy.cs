using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08;

/// <summary>
/// Softmax cross-entropy over the alphabet (chapter 8, "Task 2"): each row of logits scores the V characters that may
/// come next; the loss is the mean over rows of <c>−ln softmax(row)[target]</c> (nats per character, the engine's and
/// Keras's <c>categorical_crossentropy</c>), and its gradient with respect to the logits is
/// <c>(softmax(row) − onehot(target)) / rows</c>.
/// </summary>
public static class CrossEntropy
{
    /// <summary>The softmax of every row of <paramref name="logits"/>, computed after subtracting the row's maximum
    /// (so that a logit of 1000 does not overflow).</summary>
    /// <exception cref="ArgumentException"><paramref name="logits"/> has no column or holds NaN or infinity (the exception names it).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="logits"/> is null.</exception>
    public static Matrix<double> Softmax(Matrix<double> logits) =>
        throw new NotImplementedException("Implement CrossEntropy.Softmax — see docs/08-char-text.md#task-2-softmax-cross-entropy-over-the-alphabet");

    /// <summary>The mean cross-entropy of <paramref name="logits"/> (rows × V) against the next characters
    /// <paramref name="targets"/> (one index per row), and its gradient with respect to the logits (rows × V).</summary>
    /// <exception cref="ArgumentException">The logits hold NaN or infinity or have no row (naming <paramref name="logits"/>), or
    /// <paramref name="targets"/> does not hold one index in [0, V) per row (naming <paramref name="targets"/>).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Hint: compute −ln p from the shifted logits, <c>ln Σ exp(z − max) − (z_target − max)</c>, rather than
    /// taking the log of a probability that may have rounded to 0.</remarks>
    public static (double Loss, Matrix<double> Gradient) Of(Matrix<double> logits, IReadOnlyList<int> targets) =>
        throw new NotImplementedException("Implement CrossEntropy.Of — see docs/08-char-text.md#task-2-softmax-cross-entropy-over-the-alphabet");
}
