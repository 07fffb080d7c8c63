using ILGPU;

namespace RnnKata.Engine.Ilgpu;

// Recurrent layers: the input projection of all steps as one GEMM, then per step the hidden GEMM and one fused
// cell kernel; backward mirrors it and ends with the weight gradients as GEMMs over all T·B rows.
public sealed partial class IlgpuBackend
{
    /// <inheritdoc />
    protected override RecurrentCache CreateRecurrentCacheCore(RecurrentShape shape, int batch, int steps) =>
        new IlgpuRecurrentCache(this, shape, batch, steps);

    /// <inheritdoc />
    protected override void RecurrentForwardCore(
        RecurrentShape shape, RecurrentWeights weights, Slice inputs, Slice initialHidden, Slice initialCell, RecurrentCache cache)
    {
        var c = (IlgpuRecurrentCache)cache;
        int batch = c.Batch, steps = c.Steps, units = shape.Hidden, gates = shape.Gates * units;
        int state = batch * units, stepGates = batch * gates;
        var (wih, whh, bih, bhh) = (View(weights.WeightIh), View(weights.WeightHh), View(weights.BiasIh), View(weights.BiasHh));
        var projection = View(c.Projection);
        var hiddenProjection = View(c.StepProjection);
        var hidden = View(c.HiddenBuffer);
        var zeros = View(c.Zeros);

        Gemm(Transpose.No, Transpose.Yes, steps * batch, gates, shape.Input, 1f, View(inputs), wih, 0f, projection);
        for (int t = 0; t < steps; t++)
        {
            var previous = t > 0 ? hidden.SubView((t - 1) * state, state) : initialHidden.IsPresent ? View(initialHidden) : zeros;
            var stepProjection = projection.SubView(t * stepGates, stepGates);
            var stepHidden = hidden.SubView(t * state, state);
            Gemm(Transpose.No, Transpose.Yes, batch, gates, units, 1f, previous, whh, 0f, hiddenProjection);
            switch (shape.Cell)
            {
                case CellKind.ElmanTanh or CellKind.ElmanRelu or CellKind.ElmanLogistic:
                    _kernels.ElmanForward(state, stepProjection, hiddenProjection, bih, bhh, stepHidden, units, (int)shape.Cell);
                    break;
                case CellKind.Lstm:
                    var cells = View(c.CellBuffer!);
                    var previousCell = t > 0 ? cells.SubView((t - 1) * state, state) : initialCell.IsPresent ? View(initialCell) : zeros;
                    _kernels.LstmForward(state, stepProjection, hiddenProjection, bih, bhh, previousCell, stepHidden, cells.SubView(t * state, state),
                        View(c.Gates).SubView(t * stepGates, stepGates), units);
                    break;
                case CellKind.Gru:
                    _kernels.GruForward(state, stepProjection, hiddenProjection, bih, bhh, previous, stepHidden,
                        View(c.Gates).SubView(t * stepGates, stepGates), View(c.HiddenN).SubView(t * state, state), units);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(shape), shape.Cell, "Unknown cell kind.");
            }
        }
    }

    /// <inheritdoc />
    protected override void RecurrentBackwardCore(
        RecurrentShape shape, RecurrentWeights weights, RecurrentCache cache, Slice inputs, Slice initialHidden, Slice initialCell,
        Slice outputGradients, Slice lastCellGradient, RecurrentWeights gradients,
        Slice inputGradients, Slice initialHiddenGradient, Slice initialCellGradient)
    {
        var c = (IlgpuRecurrentCache)cache;
        int batch = c.Batch, steps = c.Steps, units = shape.Hidden, gates = shape.Gates * units;
        int state = batch * units, stepGates = batch * gates, rows = steps * batch;
        var hidden = View(c.HiddenBuffer);
        var previousHidden = View(c.PreviousHidden);
        var gateGradients = View(c.Projection);
        // Only the GRU's hidden side differs from dG (its n block is dA_n ⊙ r).
        var hiddenGateGradients = shape.Cell == CellKind.Gru ? View(c.HiddenGateGradients) : gateGradients;
        var hiddenCarry = View(c.HiddenCarry);
        var output = View(outputGradients);
        var whh = View(weights.WeightHh);

        // H_prev = [h_0; h_1; …; h_{T−1}] for the step kernels and for ∂W_hh.
        _kernels.Copy(state, initialHidden.IsPresent ? View(initialHidden) : View(c.Zeros), previousHidden.SubView(0, state));
        if (steps > 1)
            _kernels.Copy((steps - 1) * state, hidden.SubView(0, (steps - 1) * state), previousHidden.SubView(state, (steps - 1) * state));
        _kernels.Fill(state, hiddenCarry, 0f);
        if (shape.HasCellState)
        {
            if (lastCellGradient.IsPresent)
                _kernels.Copy(state, View(lastCellGradient), View(c.CellCarry));
            else
                _kernels.Fill(state, View(c.CellCarry), 0f);
        }

        for (int t = steps - 1; t >= 0; t--)
        {
            var stepOutput = output.SubView(t * state, state);
            var stepGradients = gateGradients.SubView(t * stepGates, stepGates);
            switch (shape.Cell)
            {
                case CellKind.ElmanTanh or CellKind.ElmanRelu or CellKind.ElmanLogistic:
                    _kernels.ElmanBackward(state, stepOutput, hiddenCarry, hidden.SubView(t * state, state), stepGradients, (int)shape.Cell);
                    break;
                case CellKind.Lstm:
                    var cells = View(c.CellBuffer!);
                    var previousCell = t > 0 ? cells.SubView((t - 1) * state, state) : initialCell.IsPresent ? View(initialCell) : View(c.Zeros);
                    _kernels.LstmBackward(state, stepOutput, hiddenCarry, View(c.CellCarry), cells.SubView(t * state, state), previousCell,
                        View(c.Gates).SubView(t * stepGates, stepGates), stepGradients, units);
                    break;
                case CellKind.Gru:
                    _kernels.GruBackward(state, stepOutput, hiddenCarry, previousHidden.SubView(t * state, state),
                        View(c.Gates).SubView(t * stepGates, stepGates), View(c.HiddenN).SubView(t * state, state), stepGradients,
                        hiddenGateGradients.SubView(t * stepGates, stepGates), units);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(shape), shape.Cell, "Unknown cell kind.");
            }
            // ∂h_{t−1} = dG_h·W_hh, added to the GRU's direct path dh ⊙ z that its kernel left in the carry.
            Gemm(Transpose.No, Transpose.No, batch, units, gates, 1f, hiddenGateGradients.SubView(t * stepGates, stepGates), whh,
                shape.Cell == CellKind.Gru ? 1f : 0f, hiddenCarry);
        }

        Gemm(Transpose.Yes, Transpose.No, gates, shape.Input, rows, 1f, gateGradients, View(inputs), 1f, View(gradients.WeightIh));
        Gemm(Transpose.Yes, Transpose.No, gates, units, rows, 1f, hiddenGateGradients, previousHidden, 1f, View(gradients.WeightHh));
        _kernels.AccumulateColumnSums(gates, gateGradients, View(gradients.BiasIh), rows, gates);
        _kernels.AccumulateColumnSums(gates, hiddenGateGradients, View(gradients.BiasHh), rows, gates);
        if (inputGradients.IsPresent)
            Gemm(Transpose.No, Transpose.No, rows, shape.Input, gates, 1f, gateGradients, View(weights.WeightIh), 0f, View(inputGradients));
        if (initialHiddenGradient.IsPresent)
            _kernels.Copy(state, hiddenCarry, View(initialHiddenGradient));
        if (initialCellGradient.IsPresent)
            _kernels.Copy(state, View(c.CellCarry), View(initialCellGradient));
    }
}
