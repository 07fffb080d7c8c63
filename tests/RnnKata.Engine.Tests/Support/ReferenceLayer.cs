using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab03;

namespace RnnKata.Engine.Tests.Support;

/// <summary>
/// One recurrent layer in double precision over a sequence, from a flat parameter vector in PyTorch's
/// layout: GRU and LSTM steps are Lab 3's <see cref="GruCell"/> (reset after the hidden product) and
/// <see cref="LstmCell"/>; Elman is written out here (Lab 2's equations in PyTorch's layout).
/// </summary>
public sealed class ReferenceLayer
{
    private readonly Matrix<double> _weightIh, _weightHh;
    private readonly Vector<double> _biasIh, _biasHh;
    private readonly GruCell? _gru;
    private readonly LstmCell? _lstm;
    private readonly List<object> _steps = [];
    private Matrix<double>[] _inputs = [];
    private Matrix<double>[] _hiddens = [];

    /// <summary>The layer whose tensors start at <paramref name="offset"/> of <paramref name="theta"/>.</summary>
    public ReferenceLayer(CellKind cell, int input, int hidden, double[] theta, int offset)
    {
        (Cell, Input, Hidden, Offset) = (cell, input, hidden, offset);
        var rows = Gates * hidden;
        _weightIh = Matrix<double>.Build.Dense(rows, input, (r, c) => theta[offset + r * input + c]);
        offset += rows * input;
        _weightHh = Matrix<double>.Build.Dense(rows, hidden, (r, c) => theta[offset + r * hidden + c]);
        offset += rows * hidden;
        _biasIh = Vector<double>.Build.Dense(rows, i => theta[offset + i]);
        _biasHh = Vector<double>.Build.Dense(rows, i => theta[offset + rows + i]);
        if (cell == CellKind.Gru)
            _gru = new GruCell(new GruParameters(_weightIh, _weightHh, _biasIh, _biasHh), ResetPlacement.AfterHiddenProduct);
        if (cell == CellKind.Lstm)
            _lstm = new LstmCell(new LstmParameters(_weightIh, _weightHh, _biasIh, _biasHh));
    }

    /// <summary>The cell.</summary>
    public CellKind Cell { get; }

    /// <summary>I.</summary>
    public int Input { get; }

    /// <summary>H.</summary>
    public int Hidden { get; }

    /// <summary>Where the layer's tensors start in θ.</summary>
    public int Offset { get; }

    /// <summary>G.</summary>
    public int Gates => Cell switch { CellKind.Gru => 3, CellKind.Lstm => 4, _ => 1 };

    /// <summary>Floats of the layer.</summary>
    public int Length => Gates * Hidden * (Input + Hidden + 2);

    /// <summary>Floats of weight_ih and weight_hh (what L2 covers).</summary>
    public int WeightLength => Gates * Hidden * (Input + Hidden);

    /// <summary>h_T after <see cref="Forward"/>.</summary>
    public Matrix<double> LastHidden { get; private set; } = null!;

    /// <summary>c_T after <see cref="Forward"/> (LSTM).</summary>
    public Matrix<double>? LastCell { get; private set; }

    /// <summary>h_1 … h_T from h_0 (and c_0); null states are zeros.</summary>
    public Matrix<double>[] Forward(Matrix<double>[] xs, Matrix<double>? h0, Matrix<double>? c0)
    {
        var batch = xs[0].RowCount;
        var h = h0 ?? Matrix<double>.Build.Dense(batch, Hidden);
        var c = c0 ?? Matrix<double>.Build.Dense(batch, Hidden);
        _steps.Clear();
        _inputs = xs;
        _hiddens = new Matrix<double>[xs.Length + 1];
        _hiddens[0] = h;
        var outputs = new Matrix<double>[xs.Length];
        for (var t = 0; t < xs.Length; t++)
        {
            switch (Cell)
            {
                case CellKind.Gru:
                    var g = _gru!.Forward(xs[t], h);
                    _steps.Add(g);
                    h = g.HNext;
                    break;
                case CellKind.Lstm:
                    var l = _lstm!.Forward(xs[t], h, c);
                    _steps.Add(l);
                    (h, c) = (l.HNext, l.CNext);
                    break;
                default:
                    var a = xs[t].TransposeAndMultiply(_weightIh) + h.TransposeAndMultiply(_weightHh);
                    a = a.MapIndexed((_, j, v) => v + _biasIh[j] + _biasHh[j]);
                    h = Cell switch
                    {
                        CellKind.ElmanRelu => a.Map(v => Math.Max(0, v)),
                        CellKind.ElmanLogistic => a.Map(v => 1 / (1 + Math.Exp(-v))),
                        _ => a.PointwiseTanh(),
                    };
                    _steps.Add(a);
                    break;
            }
            outputs[t] = h;
            _hiddens[t + 1] = h;
        }
        (LastHidden, LastCell) = (h, Cell == CellKind.Lstm ? c : null);
        return outputs;
    }

    /// <summary>
    /// BPTT from ∂L/∂h_t (<paramref name="dOutputs"/>) and the final-state gradients; adds the parameter gradients into
    /// <paramref name="gradient"/> at <see cref="Offset"/> and returns ∂L/∂x_t, ∂L/∂h_0 and ∂L/∂c_0.
    /// </summary>
    public (Matrix<double>[] DX, Matrix<double> DH0, Matrix<double>? DC0) Backward(
        Matrix<double>[] dOutputs, Matrix<double>? dLastHidden, Matrix<double>? dLastCell, double[] gradient)
    {
        var batch = dOutputs[0].RowCount;
        var dh = dLastHidden ?? Matrix<double>.Build.Dense(batch, Hidden);
        var dc = dLastCell ?? Matrix<double>.Build.Dense(batch, Hidden);
        var dWih = Matrix<double>.Build.Dense(_weightIh.RowCount, Input);
        var dWhh = Matrix<double>.Build.Dense(_weightHh.RowCount, Hidden);
        var dBih = Vector<double>.Build.Dense(_weightIh.RowCount);
        var dBhh = Vector<double>.Build.Dense(_weightIh.RowCount);
        var dX = new Matrix<double>[dOutputs.Length];
        for (var t = dOutputs.Length - 1; t >= 0; t--)
        {
            var dHNext = dOutputs[t] + dh;
            ParameterGradients p;
            switch (Cell)
            {
                case CellKind.Gru:
                    var g = _gru!.Backward(dHNext, (GruStep)_steps[t]);
                    (dX[t], dh, p) = (g.DX, g.DH, g.Parameters);
                    break;
                case CellKind.Lstm:
                    var l = _lstm!.Backward(dHNext, dc, (LstmStep)_steps[t]);
                    (dX[t], dh, dc, p) = (l.DX, l.DH, l.DC, l.Parameters);
                    break;
                default:
                    var a = (Matrix<double>)_steps[t];
                    var hNext = _hiddens[t + 1];
                    var derivative = Cell switch
                    {
                        CellKind.ElmanRelu => a.Map(v => v > 0 ? 1.0 : 0.0),
                        CellKind.ElmanLogistic => hNext.Map(y => y * (1 - y)),
                        _ => hNext.Map(y => 1 - y * y),
                    };
                    var da = dHNext.PointwiseMultiply(derivative);
                    var columnSums = da.ColumnSums();
                    p = new ParameterGradients(da.TransposeThisAndMultiply(_inputs[t]), da.TransposeThisAndMultiply(_hiddens[t]), columnSums, columnSums);
                    (dX[t], dh) = (da * _weightIh, da * _weightHh);
                    break;
            }
            dWih += p.DWeightIh;
            dWhh += p.DWeightHh;
            dBih += p.DBiasIh;
            dBhh += p.DBiasHh;
        }
        var at = Offset;
        foreach (var value in Flat(dWih).Concat(Flat(dWhh)).Concat(dBih).Concat(dBhh))
            gradient[at++] += value;
        return (dX, dh, Cell == CellKind.Lstm ? dc : null);
    }

    /// <summary>Row-major entries.</summary>
    public static IEnumerable<double> Flat(Matrix<double> m)
    {
        for (var r = 0; r < m.RowCount; r++)
            for (var c = 0; c < m.ColumnCount; c++)
                yield return m[r, c];
    }
}
