using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// A GRU layer: one <see cref="GruCell"/> run over a whole sequence with the same parameters at every
/// step (chapter 3, "A layer over time").
/// </summary>
public sealed class GruLayer
{
    /// <summary>A layer whose every time step uses the same parameters and reset placement.</summary>
    public GruLayer(GruParameters parameters, ResetPlacement placement = ResetPlacement.AfterHiddenProduct)
    {
        Cell = new GruCell(parameters, placement);
    }

    /// <summary>The cell every time step runs.</summary>
    public GruCell Cell { get; }

    /// <summary>The layer's parameters, shared by every time step.</summary>
    public GruParameters Parameters => Cell.Parameters;

    /// <summary>Where the reset gate meets the hidden product.</summary>
    public ResetPlacement Placement => Cell.Placement;

    /// <summary>
    /// Runs the cell over the sequence from <paramref name="h0"/>, keeping every step's cache.
    /// </summary>
    /// <param name="xs">Inputs x(0) … x(T − 1), each batch × input, T ≥ 1.</param>
    /// <param name="h0">Initial hidden state, batch × hidden.</param>
    /// <returns>The T step caches; <see cref="GruSequence.Hidden"/> lists h(0) … h(T − 1).</returns>
    /// <exception cref="ArgumentException"><paramref name="xs"/> is empty, a step is not batch × input
    /// or holds NaN or infinity, or <paramref name="h0"/> is not batch × hidden.</exception>
    /// <remarks>Hint: Task 5 with one state instead of two. <see cref="RequireSequence.Steps"/> first,
    /// then <see cref="Require.Shape"/> on <paramref name="h0"/>; loop <c>for (int t = 0; t &lt; T; t++)</c>.</remarks>
    public GruSequence Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0) =>
        throw new NotImplementedException("Implement GruLayer.Forward — see docs/03-gru-lstm.md#task-11-a-gru-layer-over-a-sequence");

    /// <summary>
    /// Backpropagation through time from the gradients that reach each h(t) from outside the layer.
    /// </summary>
    /// <param name="dOutputs">∂L/∂h(t) from outside, t = 0 … T − 1, each batch × hidden.</param>
    /// <param name="sequence">The caches <see cref="Forward"/> returned.</param>
    /// <returns>The parameter gradients summed over all steps, ∂L/∂x(t), the total ∂L/∂h(t)
    /// (<c>DHidden</c>) for every step, and ∂L/∂h0.</returns>
    /// <exception cref="ArgumentException"><paramref name="dOutputs"/> does not hold one gradient per
    /// time step, a gradient is not shaped like its step's output, or one holds NaN or infinity.</exception>
    /// <remarks>Hint: Task 6 with one running gradient instead of two. Walk
    /// <c>for (int t = T - 1; t &gt;= 0; t--)</c> and sum the parameter gradients with <c>+=</c>.</remarks>
    public GruSequenceGradients Backward(IReadOnlyList<Matrix<double>> dOutputs, GruSequence sequence) =>
        throw new NotImplementedException("Implement GruLayer.Backward — see docs/03-gru-lstm.md#task-12-backpropagation-through-time-for-the-gru");
}
