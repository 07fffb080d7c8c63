using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>Reference solution of Tasks 9–10: one GRU step forward and backward, with either reset placement.</summary>
public sealed class GruCell
{
    /// <summary>A cell with the given parameters and reset-gate placement.</summary>
    // Stryker disable all : this constructor is handed out written in the exercise's stub (given code, identical here); its checks are the given code's
    public GruCell(GruParameters parameters, ResetPlacement placement = ResetPlacement.AfterHiddenProduct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!Enum.IsDefined(placement))
            throw new ArgumentOutOfRangeException(nameof(placement), placement, "Choose AfterHiddenProduct or BeforeHiddenProduct.");
        (Parameters, Placement) = (parameters, placement);
    }
    // Stryker restore all

    /// <summary>The cell's parameters in PyTorch's layout.</summary>
    public GruParameters Parameters { get; }

    /// <summary>Where the reset gate meets the hidden product.</summary>
    public ResetPlacement Placement { get; }

    private int Hidden => Parameters.HiddenSize;

    /// <summary>r, z, n and h' = (1 − z)⊙n + z⊙h.</summary>
    public GruStep Forward(Matrix<double> x, Matrix<double> h)
    {
        var p = Parameters;
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which BadInputTests checks
        Require.Columns(x, p.InputSize, nameof(x), "one column per input");
        Require.Finite(x, nameof(x));
        Require.Shape(h, x.RowCount, p.HiddenSize, nameof(h));
        Require.Finite(h, nameof(h));

        var fromInput = Linear.Forward(x, p.WeightIh, p.BiasIh);
        var fromHidden = Linear.Forward(h, p.WeightHh, p.BiasHh);
        var r = GateActivations.Sigmoid(Block(fromInput, 0) + Block(fromHidden, 0));
        var z = GateActivations.Sigmoid(Block(fromInput, 1) + Block(fromHidden, 1));
        var hiddenN = Placement == ResetPlacement.AfterHiddenProduct
            ? Block(fromHidden, 2)
            : Linear.Forward(r.PointwiseMultiply(h), RowBlock(p.WeightHh, 2), p.BiasHh.SubVector(2 * Hidden, Hidden));
        var gated = Placement == ResetPlacement.AfterHiddenProduct ? r.PointwiseMultiply(hiddenN) : hiddenN;
        var n = (Block(fromInput, 2) + gated).PointwiseTanh();
        var hNext = n - z.PointwiseMultiply(n) + z.PointwiseMultiply(h);
        return new GruStep(x, h, r, z, n, hiddenN, hNext);
    }

    /// <summary>Backward through one step, from ∂L/∂h'.</summary>
    public GruStepGradients Backward(Matrix<double> dHNext, GruStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Require.Shape(dHNext, step.HNext.RowCount, step.HNext.ColumnCount, nameof(dHNext));
        Require.Finite(dHNext, nameof(dHNext));
        var p = Parameters;

        // h' = (1 − z)⊙n + z⊙h
        var dN = dHNext - dHNext.PointwiseMultiply(step.Z);
        var dZ = dHNext.PointwiseMultiply(step.H - step.N);
        var dH = dHNext.PointwiseMultiply(step.Z);
        var dAn = dN.PointwiseMultiply(step.N.Map(y => 1 - y * y));
        var dAz = dZ.PointwiseMultiply(step.Z.Map(s => s * (1 - s)));

        Matrix<double> dR;
        LinearGradients throughN;
        if (Placement == ResetPlacement.AfterHiddenProduct)
        {
            // n's pre-activation holds r⊙HiddenN, HiddenN = h·W_hnᵀ + b_hn.
            dR = dAn.PointwiseMultiply(step.HiddenN);
            throughN = Linear.Backward(dAn.PointwiseMultiply(step.R), step.H, RowBlock(p.WeightHh, 2));
            dH += throughN.DX;
        }
        else
        {
            // n's pre-activation holds HiddenN = (r⊙h)·W_hnᵀ + b_hn.
            throughN = Linear.Backward(dAn, step.R.PointwiseMultiply(step.H), RowBlock(p.WeightHh, 2));
            dR = throughN.DX.PointwiseMultiply(step.H);
            dH += throughN.DX.PointwiseMultiply(step.R);
        }
        var dAr = dR.PointwiseMultiply(step.R.Map(s => s * (1 - s)));

        var fromInput = Linear.Backward(dAr.Append(dAz).Append(dAn), step.X, p.WeightIh);
        var fromHiddenRz = Linear.Backward(dAr.Append(dAz), step.H, RowBlocks(p.WeightHh, 0, 2));
        dH += fromHiddenRz.DX;
        return new GruStepGradients(
            fromInput.DX,
            dH,
            new ParameterGradients(
                fromInput.DWeight,
                fromHiddenRz.DWeight.Stack(throughN.DWeight),
                fromInput.DBias,
                Vector<double>.Build.DenseOfEnumerable(fromHiddenRz.DBias.Concat(throughN.DBias))));
    }

    private Matrix<double> Block(Matrix<double> gates, int k) => gates.SubMatrix(0, gates.RowCount, k * Hidden, Hidden);

    private Matrix<double> RowBlock(Matrix<double> weight, int k) => RowBlocks(weight, k, 1);

    private Matrix<double> RowBlocks(Matrix<double> weight, int first, int count) =>
        weight.SubMatrix(first * Hidden, count * Hidden, 0, weight.ColumnCount);
}
