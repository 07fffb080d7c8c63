using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// The affine map behind every gate, in PyTorch's layout (chapter 3, <c>docs/03-gru-lstm.md</c>):
/// <c>Y = X·Wᵀ + 1·bᵀ</c>, the same as <c>torch.nn.functional.linear(x, weight, bias)</c>. The
/// weight's rows are outputs, the batch's rows are instances. The cells of this lab call it twice per
/// step: once with <c>W_ih</c> and <c>b_ih</c> on the input, once with <c>W_hh</c> and <c>b_hh</c> on the hidden state.
/// </summary>
public static class Linear
{
    /// <summary>
    /// Computes <c>Y = X·Wᵀ + 1·bᵀ</c>: entry <c>Y[n, o] = Σₖ X[n, k]·W[o, k] + b[o]</c>.
    /// </summary>
    /// <param name="x">Inputs, batch × in.</param>
    /// <param name="weight">Weights, out × in (rows = outputs, as in PyTorch).</param>
    /// <param name="bias">Bias, length out, added to every row.</param>
    /// <returns><c>Y</c>, batch × out. A new matrix: <paramref name="x"/> is not changed.</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have one column per column of
    /// <paramref name="weight"/> or holds NaN or infinity, or <paramref name="bias"/> does not have one
    /// entry per row of <paramref name="weight"/>. The message names the argument and the shape it should have.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>Shapes first: (batch × in)·(in × out) = batch × out. Which matrix must be transposed?</item>
    /// <item>MathNet: <c>x.TransposeAndMultiply(weight)</c> is <c>X·Wᵀ</c> without building <c>Wᵀ</c>.
    /// Add <c>bias[o]</c> to column o with <c>MapIndexed((row, column, value) =&gt; …)</c>, as in Lab 1.</item>
    /// <item>Checks: <see cref="Require.Columns"/> and <see cref="Require.Finite(Matrix{double}, string)"/> on
    /// <paramref name="x"/>, <see cref="Require.Length"/> on <paramref name="bias"/>.</item>
    /// </list>
    /// </remarks>
    public static Matrix<double> Forward(Matrix<double> x, Matrix<double> weight, Vector<double> bias) =>
        throw new NotImplementedException("Implement Linear.Forward — see docs/03-gru-lstm.md#task-1-the-linear-map-in-pytorchs-layout");

    /// <summary>
    /// Backward through <see cref="Forward"/>: given <c>dY = ∂L/∂Y</c>, returns
    /// <c>∂L/∂X = dY·W</c>, <c>∂L/∂W = dYᵀ·X</c> and <c>∂L/∂b = Σₙ dY[n, ·]</c> (the column sums).
    /// </summary>
    /// <param name="dy">∂L/∂Y, batch × out.</param>
    /// <param name="x">The input <see cref="Forward"/> was called with, batch × in.</param>
    /// <param name="weight">The weight <see cref="Forward"/> was called with, out × in.</param>
    /// <returns>The three gradients, shaped like <paramref name="x"/>, <paramref name="weight"/> and the bias.</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have one column per column of
    /// <paramref name="weight"/>, or <paramref name="dy"/> is not (rows of x) × (rows of weight) or holds
    /// NaN or infinity. The message names the argument and the shape it should have.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>Write one entry: <c>Y[n, o]</c> depends on <c>W[o, k]</c> through <c>X[n, k]</c>, for every
    /// instance n. So <c>∂L/∂W[o, k] = Σₙ dY[n, o]·X[n, k]</c>: the batch is summed, because every
    /// instance uses the same weights.</item>
    /// <item>Check each result's shape: <c>dY·W</c> is (batch × out)(out × in); <c>dYᵀ·X</c> is (out × batch)(batch × in).</item>
    /// <item>MathNet: <c>dy * weight</c>, <c>dy.TransposeThisAndMultiply(x)</c>, <c>dy.ColumnSums()</c>.</item>
    /// </list>
    /// </remarks>
    public static LinearGradients Backward(Matrix<double> dy, Matrix<double> x, Matrix<double> weight) =>
        throw new NotImplementedException("Implement Linear.Backward — see docs/03-gru-lstm.md#task-2-the-linear-map-backward");
}
