using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// An LSTM layer: one <see cref="LstmCell"/> run over a whole sequence with the same parameters at
/// every step (chapter 3, "A layer over time"). A sequence is a list of T matrices, one per time step,
/// each batch × features.
/// </summary>
public sealed class LstmLayer
{
    /// <summary>A layer whose every time step uses the same <paramref name="parameters"/>.</summary>
    public LstmLayer(LstmParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        Cell = new LstmCell(parameters);
    }

    /// <summary>The layer's parameters, shared by every time step.</summary>
    public LstmParameters Parameters { get; }

    /// <summary>The cell every time step runs.</summary>
    public LstmCell Cell { get; }

    /// <summary>
    /// Runs the cell over the sequence: step t reads <c>xs[t]</c> and the states step t − 1 left
    /// (<paramref name="h0"/> and <paramref name="c0"/> at t = 0), and every step's cache is kept for
    /// <see cref="Backward"/>.
    /// </summary>
    /// <param name="xs">Inputs x(0) … x(T − 1), each batch × input, T ≥ 1.</param>
    /// <param name="h0">Initial hidden state, batch × hidden.</param>
    /// <param name="c0">Initial cell state, batch × hidden.</param>
    /// <returns>The T step caches; <see cref="LstmSequence.Hidden"/> lists h(0) … h(T − 1).</returns>
    /// <exception cref="ArgumentException"><paramref name="xs"/> is empty, a step is not batch × input
    /// (with the batch size of step 0) or holds NaN or infinity, or an initial state is not batch × hidden.
    /// The message names the argument (and the time step) and the shape it should have.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>A loop <c>for (int t = 0; t &lt; T; t++)</c> that calls <c>Cell.Forward</c> and carries
    /// (h, c) from one step to the next.</item>
    /// <item>Check the whole sequence first with <see cref="RequireSequence.Steps"/>, then the initial
    /// states with <see cref="Require.Shape"/> (their rows are <c>xs[0].RowCount</c>).</item>
    /// <item>Collect the steps in an array of length T and return <c>new LstmSequence(steps)</c>.</item>
    /// </list>
    /// </remarks>
    public LstmSequence Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, Matrix<double> c0) =>
        throw new NotImplementedException("Implement LstmLayer.Forward — see docs/03-gru-lstm.md#task-5-an-lstm-layer-over-a-sequence");

    /// <summary>
    /// Backpropagation through time. <paramref name="dOutputs"/>[t] is the gradient that reaches h(t)
    /// from outside the layer (the loss at step t, or the layer above); the layer adds the gradient that
    /// flows back through the recurrence from step t + 1, walking time backwards.
    /// </summary>
    /// <param name="dOutputs">∂L/∂h(t) from outside, t = 0 … T − 1, each batch × hidden. For a loss
    /// on the last step only, every entry but the last is zero.</param>
    /// <param name="sequence">The caches <see cref="Forward"/> returned.</param>
    /// <returns>The parameter gradients summed over all steps, ∂L/∂x(t) for every step, the total
    /// ∂L/∂h(t) for every step (<c>DHidden</c>), and ∂L/∂h0, ∂L/∂c0.</returns>
    /// <exception cref="ArgumentException"><paramref name="dOutputs"/> does not hold one gradient per
    /// time step, a gradient is not shaped like its step's output, or one holds NaN or infinity.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>Keep two running gradients, for h and for c, both zero after the last step. At step t, the
    /// total gradient for h(t) is <c>dOutputs[t]</c> plus the running one; that is <c>DHidden[t]</c>.</item>
    /// <item>Walk <c>for (int t = T - 1; t &gt;= 0; t--)</c>: call <c>Cell.Backward</c>, keep its <c>DX</c>,
    /// and carry its <c>DH</c> and <c>DC</c> to step t − 1. After the loop they are ∂L/∂h0 and ∂L/∂c0.</item>
    /// <item>The parameters are shared, so their gradient is a sum over steps: start from
    /// <see cref="ParameterGradients.Zeros"/> and add every step's share with <c>+=</c>, never <c>=</c>.
    /// Check <paramref name="dOutputs"/> with <see cref="RequireSequence.ShapedLike"/>.</item>
    /// </list>
    /// </remarks>
    public LstmSequenceGradients Backward(IReadOnlyList<Matrix<double>> dOutputs, LstmSequence sequence) =>
        throw new NotImplementedException("Implement LstmLayer.Backward — see docs/03-gru-lstm.md#task-6-backpropagation-through-time-for-the-lstm");
}
