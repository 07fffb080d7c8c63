using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab07;

/// <summary>
/// The lecture's many-to-one Elman network (chapter 7, "Task 3" and "Task 4"): <c>h_t = tanh(W_xh·x_t + W_hh·h_(t−1) + b_h)</c>
/// from <c>h_0 = 0</c> over the words, then one output from the last state only, <c>y = W_hy·h_T + b_y</c>, and
/// <c>p = softmax(y)</c>. Column vectors, as in the lecture.
/// </summary>
public sealed class SentimentRnn
{
    /// <summary>A network holding (not copying) the given parameters: <see cref="Training.Step"/> updates them in place.</summary>
    /// <param name="weightXh">W_xh, H × V.</param>
    /// <param name="weightHh">W_hh, H × H.</param>
    /// <param name="weightHy">W_hy, C × H.</param>
    /// <param name="biasH">b_h, H.</param>
    /// <param name="biasY">b_y, C.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together or an entry is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SentimentRnn(Matrix<double> weightXh, Matrix<double> weightHh, Matrix<double> weightHy, Vector<double> biasH, Vector<double> biasY)
    {
        Require.Finite(weightXh, nameof(weightXh));
        Require.Shape(weightHh, weightXh.RowCount, weightXh.RowCount, nameof(weightHh));
        Require.Finite(weightHh, nameof(weightHh));
        Require.Finite(weightHy, nameof(weightHy));
        Require.Shape(weightHy, weightHy.RowCount, weightXh.RowCount, nameof(weightHy));
        Require.Length(biasH, weightXh.RowCount, nameof(biasH));
        Require.Finite(biasH, nameof(biasH));
        Require.Length(biasY, weightHy.RowCount, nameof(biasY));
        Require.Finite(biasY, nameof(biasY));
        (WeightXh, WeightHh, WeightHy, BiasH, BiasY) = (weightXh, weightHh, weightHy, biasH, biasY);
    }

    /// <summary>W_xh, H × V.</summary>
    public Matrix<double> WeightXh { get; }

    /// <summary>W_hh, H × H.</summary>
    public Matrix<double> WeightHh { get; }

    /// <summary>W_hy, C × H.</summary>
    public Matrix<double> WeightHy { get; }

    /// <summary>b_h, H.</summary>
    public Vector<double> BiasH { get; }

    /// <summary>b_y, C.</summary>
    public Vector<double> BiasY { get; }

    /// <summary>V, the length of an input vector.</summary>
    public int InputSize => WeightXh.ColumnCount;

    /// <summary>H, hidden units.</summary>
    public int HiddenSize => WeightXh.RowCount;

    /// <summary>
    /// The forward pass over a phrase, one input per word: T + 1 hidden states from h_0 = 0, the logits y from h_T and
    /// p = softmax(y) (<see cref="Softmax.Of"/>).
    /// </summary>
    /// <param name="inputs">x_1 … x_T, each V long (at least one).</param>
    /// <exception cref="ArgumentException">There is no input, or one is not V long or holds NaN or infinity (the message gives its index);
    /// the exception names <paramref name="inputs"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or one of them is null.</exception>
    /// <remarks>Hint: the lecture's <c>forward</c> is five lines; keep every h_t (the backward pass needs them), not only the last.</remarks>
    public ForwardRun Forward(IReadOnlyList<Vector<double>> inputs) =>
        throw new NotImplementedException("Implement SentimentRnn.Forward — see docs/07-sentiment.md#task-3-the-many-to-one-forward-pass");

    /// <summary>
    /// The gradients of <c>L = −ln p_c</c> (c = <paramref name="target"/>) with respect to every parameter, by backpropagation through
    /// time. The loss sits at the last step only: ∂L/∂y = p − onehot(c) reaches h_T through W_hy, and every earlier state only
    /// through the recurrence.
    /// </summary>
    /// <param name="run">The forward pass of this network over the phrase.</param>
    /// <param name="target">c, the phrase's class.</param>
    /// <exception cref="ArgumentException"><paramref name="run"/> is not shaped for this network (the exception names it).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not a class (0 … C − 1).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    /// <remarks>Chain rule, back to front (the lecture's <c>backprop</c>): ∂L/∂W_hy = dy·h_Tᵀ, ∂L/∂b_y = dy, dh = W_hyᵀ·dy; then for
    /// t = T … 1: g = (1 − h_t²) ⊙ dh; ∂L/∂b_h += g; ∂L/∂W_hh += g·h_(t−1)ᵀ; ∂L/∂W_xh += g·x_tᵀ; dh = W_hhᵀ·g. No clipping here:
    /// <see cref="Training.Step"/> clips.</remarks>
    public RnnGradients Backward(ForwardRun run, int target) =>
        throw new NotImplementedException("Implement SentimentRnn.Backward — see docs/07-sentiment.md#task-4-backpropagation-from-the-last-step");
}
