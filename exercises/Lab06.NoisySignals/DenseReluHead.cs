using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>
/// The lecture's head on the last hidden state: Keras <c>Dense(K, activation='relu')</c> then <c>Dense(O)</c>
/// (chapter 6, "Task 2"): <c>z = h·W1ᵀ + b1</c>, <c>a = relu(z)</c>, <c>ŷ = a·W2ᵀ + b2</c>. The lecture stacks a
/// second <c>Dense(1)</c> after that: two affine maps in a row are one affine map, so it adds nothing.
/// </summary>
public sealed class DenseReluHead
{
    /// <summary>A head holding (not copying) the given parameters: the training loop updates them in place.</summary>
    /// <param name="weight1">W1, K × H.</param>
    /// <param name="bias1">b1, K.</param>
    /// <param name="weight2">W2, O × K.</param>
    /// <param name="bias2">b2, O.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together or an entry is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DenseReluHead(Matrix<double> weight1, Vector<double> bias1, Matrix<double> weight2, Vector<double> bias2)
    {
        Require.Finite(weight1, nameof(weight1));
        Require.Length(bias1, weight1.RowCount, nameof(bias1));
        Require.Finite(bias1, nameof(bias1));
        Require.Finite(weight2, nameof(weight2));
        Require.Shape(weight2, weight2.RowCount, weight1.RowCount, nameof(weight2));
        Require.Length(bias2, weight2.RowCount, nameof(bias2));
        Require.Finite(bias2, nameof(bias2));
        (Weight1, Bias1, Weight2, Bias2) = (weight1, bias1, weight2, bias2);
    }

    /// <summary>W1, K × H.</summary>
    public Matrix<double> Weight1 { get; }

    /// <summary>b1, K.</summary>
    public Vector<double> Bias1 { get; }

    /// <summary>W2, O × K.</summary>
    public Matrix<double> Weight2 { get; }

    /// <summary>b2, O.</summary>
    public Vector<double> Bias2 { get; }

    /// <summary>Runs the head on <paramref name="h"/> (batch × H).</summary>
    /// <returns>h, z, a and ŷ (batch × O), everything <see cref="Backward"/> needs.</returns>
    /// <exception cref="ArgumentException"><paramref name="h"/> does not have H columns (the message gives both shapes) or holds NaN or infinity.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="h"/> is null (the exception names it).</exception>
    /// <remarks>Hints: <c>h.TransposeAndMultiply(W1)</c> is h·W1ᵀ; add b1 to every row (<c>MapIndexed</c>);
    /// <c>z.Map(v =&gt; Math.Max(0, v))</c> is relu.</remarks>
    public HeadRun Forward(Matrix<double> h) =>
        throw new NotImplementedException("Implement DenseReluHead.Forward — see docs/06-noisy-signals.md#task-2-the-dense-relu-head");

    /// <summary>The gradients from <paramref name="dOutput"/> = ∂L/∂ŷ (batch × O), summed over the batch rows.</summary>
    /// <exception cref="ArgumentException"><paramref name="dOutput"/> is not shaped like <c>run.Output</c> or holds NaN or infinity.</exception>
    /// <exception cref="ArgumentNullException">An argument is null (the exception names it).</exception>
    /// <remarks>Chain rule, back to front: ∂L/∂W2 = dŷᵀ·a, ∂L/∂b2 = column sums of dŷ, ∂L/∂a = dŷ·W2; ∂L/∂z = ∂L/∂a where
    /// z &gt; 0, else 0 (relu′(0) = 0, as PyTorch and TensorFlow take it); ∂L/∂W1 = (∂L/∂z)ᵀ·h, ∂L/∂b1 = column sums,
    /// ∂L/∂h = (∂L/∂z)·W1.</remarks>
    public HeadGradients Backward(HeadRun run, Matrix<double> dOutput) =>
        throw new NotImplementedException("Implement DenseReluHead.Backward — see docs/06-noisy-signals.md#task-2-the-dense-relu-head");
}
