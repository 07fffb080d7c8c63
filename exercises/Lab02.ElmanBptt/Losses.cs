using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The training objective of chapter 2, <c>J = 1/N Σ_n Σ_t d(ŷ_n(t), y_n(t))</c>: a mean over the N
/// sequences of the batch (the rows) and a <em>sum</em> over the output steps. Each method returns
/// <c>J</c> and <c>∂J/∂O(t)</c>, where the backward pass starts.
/// </summary>
public static class Losses
{
    /// <summary>
    /// Squared error on a linear output (<c>ŷ = o</c>): <c>d = ½ ‖o − y‖²</c>, so
    /// <c>J = 1/N Σ_t Σ_n ½ Σ_k (O(t)[n, k] − Y(t)[n, k])²</c> and <c>∂J/∂O(t) = (O(t) − Y(t)) / N</c>.
    /// </summary>
    /// <param name="outputs">The network's outputs <c>O(t)</c>, each batch × output (a trace's <see cref="SequenceTrace.Outputs"/>).</param>
    /// <param name="targets">The targets <c>Y(t)</c>: as many steps as <paramref name="outputs"/>, each of the same shape.</param>
    /// <returns><c>J</c> and one gradient per output step.</returns>
    /// <exception cref="ArgumentException"><paramref name="outputs"/> is empty or ragged, <paramref name="targets"/> does not match it,
    /// or either holds NaN or infinity. The message names the argument and the shape it should have.</exception>
    /// <remarks>
    /// Hints: N is the number of rows. The ½ cancels the 2 of the derivative. Check <paramref name="outputs"/>
    /// with <see cref="RequireSequence.Shape"/> (it returns the batch size and the columns) and
    /// <paramref name="targets"/> with <see cref="RequireSequence.Matches"/>.
    /// </remarks>
    public static LossResult MeanSquaredError(IReadOnlyList<Matrix<double>> outputs, IReadOnlyList<Matrix<double>> targets) =>
        throw new NotImplementedException("Implement Losses.MeanSquaredError — see docs/02-elman-bptt.md#task-5-mean-squared-error");

    /// <summary>
    /// Softmax of every row: <c>p_k = exp(o_k − m) / Σ_j exp(o_j − m)</c> with <c>m = max_j o_j</c> of that row.
    /// </summary>
    /// <param name="logits">Any batch × classes matrix.</param>
    /// <returns>A new matrix of the same shape whose rows are positive (or 0 after underflow) and sum to 1.</returns>
    /// <exception cref="ArgumentException"><paramref name="logits"/> holds NaN or infinity; the message names <c>logits</c>
    /// (<see cref="Require.Finite(Matrix{double}, string)"/>).</exception>
    /// <remarks>
    /// Hint: without subtracting the row's maximum, <c>exp(1000)</c> is ∞ and the row becomes NaN
    /// (analyzer rule RK0007). Subtracting the same number from a row does not change its softmax.
    /// </remarks>
    public static Matrix<double> Softmax(Matrix<double> logits) =>
        throw new NotImplementedException("Implement Losses.Softmax — see docs/02-elman-bptt.md#task-6-softmax-cross-entropy");

    /// <summary>
    /// Softmax cross-entropy on logits (<c>ŷ = softmax(o)</c>): <c>d = −Σ_k y_k ln ŷ_k</c>, so
    /// <c>J = 1/N Σ_t Σ_n −Σ_k Y(t)[n, k] ln softmax(O(t)[n, ·])_k</c> and
    /// <c>∂J/∂O(t) = (softmax(O(t)) − Y(t)) / N</c>. Finite and exact for logits of ±1000.
    /// </summary>
    /// <param name="logits">The network's outputs <c>O(t)</c>, each batch × classes.</param>
    /// <param name="targets">Target distributions <c>Y(t)</c> of the same shapes: each row sums to 1 (one-hot for a class label).</param>
    /// <returns><c>J</c> and one gradient per output step.</returns>
    /// <exception cref="ArgumentException">As for <see cref="MeanSquaredError"/>, naming <c>logits</c> or <c>targets</c>.</exception>
    /// <remarks>
    /// Hints: do not take <c>ln</c> of a softmax that may have underflowed to 0 (<c>ln 0 = −∞</c>). Use the
    /// log-sum-exp form instead: <c>ln softmax(o)_k = o_k − m − ln Σ_j exp(o_j − m)</c>.
    /// </remarks>
    public static LossResult SoftmaxCrossEntropy(IReadOnlyList<Matrix<double>> logits, IReadOnlyList<Matrix<double>> targets) =>
        throw new NotImplementedException("Implement Losses.SoftmaxCrossEntropy — see docs/02-elman-bptt.md#task-6-softmax-cross-entropy");

    /// <summary>
    /// Softmax cross-entropy with the targets given as class indices, as PyTorch's <c>cross_entropy</c> takes
    /// them: <c>classes[t][n] = c</c> stands for the one-hot row of class c, so
    /// <c>J = 1/N Σ_t Σ_n −ln softmax(O(t)[n, ·])_c</c> and <c>∂J/∂O(t)[n, k] = (softmax(O(t))[n, k] − [k = c]) / N</c>.
    /// Gives exactly what the one-hot overload gives for the same labels.
    /// </summary>
    /// <param name="logits">The network's outputs <c>O(t)</c>, each batch × classes.</param>
    /// <param name="classes">The class index of every row at every step: as many steps as <paramref name="logits"/>,
    /// each with one index per row, from 0 to classes − 1.</param>
    /// <returns><c>J</c> and one gradient per output step.</returns>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty, ragged or not finite (names <c>logits</c>), or
    /// <paramref name="classes"/> has another number of steps or indices, or an index out of range (names <c>classes</c>;
    /// <see cref="RequireSequence.Classes"/> checks it).</exception>
    /// <remarks>
    /// Hint: a one-hot row has a single 1, so the sum over k in the loss keeps a single term. The lecture's code
    /// computes the gradient the same way: <c>d_L_d_y = probs; d_L_d_y[target] -= 1</c>.
    /// </remarks>
    public static LossResult SoftmaxCrossEntropy(IReadOnlyList<Matrix<double>> logits, IReadOnlyList<int[]> classes) =>
        throw new NotImplementedException("Implement Losses.SoftmaxCrossEntropy (class indices) — see docs/02-elman-bptt.md#task-6-softmax-cross-entropy");
}
