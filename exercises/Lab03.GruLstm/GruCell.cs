using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// One GRU step for a batch (chapter 3, "The GRU cell"), with PyTorch's parameters and update
/// convention, and a choice of where the reset gate r goes:
/// <code>
/// r  = σ(x·W_irᵀ + b_ir + h·W_hrᵀ + b_hr)                 reset gate
/// z  = σ(x·W_izᵀ + b_iz + h·W_hzᵀ + b_hz)                 update gate
/// n  = tanh(x·W_inᵀ + b_in + r⊙(h·W_hnᵀ + b_hn))          AfterHiddenProduct (PyTorch)
/// n  = tanh(x·W_inᵀ + b_in + (r⊙h)·W_hnᵀ + b_hn)          BeforeHiddenProduct (Cho et al. 2014)
/// h' = (1 − z)⊙n + z⊙h
/// </code>
/// </summary>
public sealed class GruCell
{
    /// <summary>A cell with the given parameters and reset-gate placement.</summary>
    /// <param name="parameters">The four tensors in PyTorch's layout, gate blocks r, z, n.</param>
    /// <param name="placement">Where r meets the hidden product; PyTorch's placement by default.</param>
    public GruCell(GruParameters parameters, ResetPlacement placement = ResetPlacement.AfterHiddenProduct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!Enum.IsDefined(placement))
            throw new ArgumentOutOfRangeException(nameof(placement), placement, "Choose AfterHiddenProduct or BeforeHiddenProduct.");
        (Parameters, Placement) = (parameters, placement);
    }

    /// <summary>The cell's parameters in PyTorch's layout.</summary>
    public GruParameters Parameters { get; }

    /// <summary>Where the reset gate meets the hidden product.</summary>
    public ResetPlacement Placement { get; }

    /// <summary>
    /// Computes the next hidden state for a batch.
    /// </summary>
    /// <param name="x">Inputs, batch × input.</param>
    /// <param name="h">Previous hidden state, batch × hidden.</param>
    /// <returns>The new state <c>HNext</c> and the cache <see cref="Backward"/> needs: the arguments, the
    /// gates r, z, the candidate n and <c>HiddenN</c>, n's hidden term (see <see cref="GruStep"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have one column per input,
    /// <paramref name="h"/> is not (rows of x) × hidden, or either holds NaN or infinity.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>r and z are an LSTM-style gate each: block 0 and block 1 of
    /// <c>Linear.Forward(x, W_ih, b_ih)</c> plus the same blocks of <c>Linear.Forward(h, W_hh, b_hh)</c>.</item>
    /// <item>Only n differs between the placements. After: <c>HiddenN</c> is block 2 of the hidden
    /// product, and n's pre-activation adds <c>r⊙HiddenN</c>. Before: <c>HiddenN =
    /// Linear.Forward(r⊙h, W_hn, b_hn)</c> with the row block <c>W_hh.SubMatrix(2H, H, 0, H)</c> and
    /// <c>b_hh.SubVector(2H, H)</c>, added as it is.</item>
    /// <item>Update with PyTorch's convention: z keeps the old state, <c>h' = (1 − z)⊙n + z⊙h</c>.
    /// Return <c>new GruStep(x, h, r, z, n, hiddenN, hNext)</c>.</item>
    /// </list>
    /// </remarks>
    public GruStep Forward(Matrix<double> x, Matrix<double> h) =>
        throw new NotImplementedException("Implement GruCell.Forward — see docs/03-gru-lstm.md#task-9-one-gru-step-two-reset-placements");

    /// <summary>
    /// Backward through one step: from ∂L/∂h', the gradients for the step's input, for the previous
    /// state and for the parameters (this step's share).
    /// </summary>
    /// <param name="dHNext">∂L/∂h', batch × hidden.</param>
    /// <param name="step">The cache <see cref="Forward"/> returned for this step.</param>
    /// <returns><c>DX</c> (batch × input), <c>DH</c> (batch × hidden) and the parameter gradients.</returns>
    /// <exception cref="ArgumentException"><paramref name="dHNext"/> is not shaped like the step's new
    /// state, or holds NaN or infinity.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>From <c>h' = (1 − z)⊙n + z⊙h</c>: <c>dn = dHNext⊙(1 − z)</c>, <c>dz = dHNext⊙(h − n)</c>, and
    /// h gets <c>dHNext⊙z</c> directly. h also reaches h' through r, z and n: add those later.</item>
    /// <item>After: <c>dr = dAn⊙HiddenN</c>, and <c>dAn⊙r</c> goes back through the n block of the hidden
    /// product. Before: <c>Linear.Backward(dAn, r⊙h, W_hn)</c> gives d(r⊙h), split as <c>⊙h</c> for r and
    /// <c>⊙r</c> for h.</item>
    /// <item>The weight gradient of <c>W_hh</c> is three row blocks stacked (<c>Stack</c>): r and z from
    /// <c>Linear.Backward([dAr, dAz], h, W_hh rows 0 … 2H − 1)</c>, n from the placement's own backward.
    /// In the Before placement the n blocks of <c>DBiasIh</c> and <c>DBiasHh</c> come out equal: why?</item>
    /// </list>
    /// </remarks>
    public GruStepGradients Backward(Matrix<double> dHNext, GruStep step) =>
        throw new NotImplementedException("Implement GruCell.Backward — see docs/03-gru-lstm.md#task-10-one-gru-step-backward");
}
