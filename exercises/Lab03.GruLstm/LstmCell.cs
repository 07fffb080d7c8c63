using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// One LSTM step for a batch (chapter 3, "The LSTM cell"), with PyTorch's parameters and equations:
/// <code>
/// i  = σ(x·W_iiᵀ + b_ii + h·W_hiᵀ + b_hi)      input gate
/// f  = σ(x·W_ifᵀ + b_if + h·W_hfᵀ + b_hf)      forget gate
/// g  = tanh(x·W_igᵀ + b_ig + h·W_hgᵀ + b_hg)   candidate
/// o  = σ(x·W_ioᵀ + b_io + h·W_hoᵀ + b_ho)      output gate
/// c' = f⊙c + i⊙g
/// h' = o⊙tanh(c')
/// </code>
/// </summary>
public sealed class LstmCell
{
    /// <summary>A cell with the given parameters (shared by every step it runs).</summary>
    /// <param name="parameters">The four tensors in PyTorch's layout, gate blocks i, f, g, o.</param>
    public LstmCell(LstmParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
    }

    /// <summary>The cell's parameters in PyTorch's layout.</summary>
    public LstmParameters Parameters { get; }

    /// <summary>
    /// Computes the next hidden and cell state for a batch.
    /// </summary>
    /// <param name="x">Inputs, batch × input (one row per sequence).</param>
    /// <param name="h">Previous hidden state, batch × hidden.</param>
    /// <param name="c">Previous cell state, batch × hidden.</param>
    /// <returns>The new states <c>HNext</c>, <c>CNext</c> and the cache that <see cref="Backward"/> needs:
    /// the arguments and the four gates i, f, g, o (each batch × hidden).</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have one column per input,
    /// <paramref name="h"/> or <paramref name="c"/> is not (rows of x) × hidden, or one of them holds NaN
    /// or infinity. The message names the argument and the shape it should have.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>All four gates come from one pre-activation, batch × 4H:
    /// <c>A = Linear.Forward(x, W_ih, b_ih) + Linear.Forward(h, W_hh, b_hh)</c>. Columns
    /// <c>k·H … k·H + H − 1</c> belong to gate k in the order i, f, g, o.</item>
    /// <item>Slice a gate's columns with <c>A.SubMatrix(0, batch, k * H, H)</c>. σ is
    /// <see cref="GateActivations.Sigmoid(Matrix{double})"/>, tanh is <c>PointwiseTanh()</c>, ⊙ is
    /// <c>PointwiseMultiply</c>.</item>
    /// <item>Check <paramref name="x"/> with <see cref="Require.Columns"/>, <paramref name="h"/> and
    /// <paramref name="c"/> with <see cref="Require.Shape"/>, all three with
    /// <see cref="Require.Finite(Matrix{double}, string)"/>. Return
    /// <c>new LstmStep(x, h, c, i, f, g, o, cNext, hNext)</c>.</item>
    /// </list>
    /// </remarks>
    public LstmStep Forward(Matrix<double> x, Matrix<double> h, Matrix<double> c) =>
        throw new NotImplementedException("Implement LstmCell.Forward — see docs/03-gru-lstm.md#task-3-one-lstm-step");

    /// <summary>
    /// Backward through one step: from the gradients that reach the new states, the gradients for the
    /// step's input, for the previous states and for the parameters (this step's share).
    /// </summary>
    /// <param name="dHNext">∂L/∂h', batch × hidden.</param>
    /// <param name="dCNext">∂L/∂c' from later steps, batch × hidden (zeros at the last step).</param>
    /// <param name="step">The cache <see cref="Forward"/> returned for this step.</param>
    /// <returns><c>DX</c> (batch × input), <c>DH</c> and <c>DC</c> for the previous states (batch × hidden),
    /// and the parameter gradients, shaped like the parameters.</returns>
    /// <exception cref="ArgumentException"><paramref name="dHNext"/> or <paramref name="dCNext"/> is not
    /// shaped like the step's new states, or holds NaN or infinity.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>c' reaches the loss twice: directly (<paramref name="dCNext"/>) and through
    /// <c>h' = o⊙tanh(c')</c>. Add both before going further: <c>dc = dCNext + dHNext⊙o⊙(1 − tanh²(c'))</c>.</item>
    /// <item>Then <c>do = dHNext⊙tanh(c')</c>, <c>di = dc⊙g</c>, <c>df = dc⊙c</c>, <c>dg = dc⊙i</c>, and
    /// <c>DC = dc⊙f</c>. Through the squashing functions use their outputs: σ' = σ(1 − σ), tanh' = 1 − tanh².</item>
    /// <item>Put the four pre-activation gradients side by side in the order i, f, g, o
    /// (<c>Append</c>), giving dA (batch × 4H), and call <see cref="Linear.Backward"/> twice: with
    /// <c>step.X</c> and <c>W_ih</c>, and with <c>step.H</c> and <c>W_hh</c>.</item>
    /// </list>
    /// </remarks>
    public LstmStepGradients Backward(Matrix<double> dHNext, Matrix<double> dCNext, LstmStep step) =>
        throw new NotImplementedException("Implement LstmCell.Backward — see docs/03-gru-lstm.md#task-4-one-lstm-step-backward");
}
