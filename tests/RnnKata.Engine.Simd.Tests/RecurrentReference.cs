namespace RnnKata.Engine.Simd.Tests;

/// <summary>
/// A recurrent layer in double precision, written from the equations of Labs 2–3 (PyTorch layout,
/// gates i, f, g, o and r, z, n; the GRU's reset after the hidden product), one row and one unit at a time.
/// </summary>
internal sealed class RecurrentReference(RecurrentShape shape, double[] weightIh, double[] weightHh, double[] biasIh, double[] biasHh)
{
    private readonly int _h = shape.Hidden;
    private readonly int _i = shape.Input;
    private readonly int _g = shape.Gates * shape.Hidden;
    private double[][] _x = [];
    private double[][] _states = [];
    private double[][] _cells = [];
    private double[][] _fromInput = [];
    private double[][] _fromHidden = [];
    private int _batch;

    /// <summary>The gradients of one backward pass.</summary>
    public sealed record Gradients(double[] WeightIh, double[] WeightHh, double[] BiasIh, double[] BiasHh, double[] Inputs, double[] InitialHidden, double[] InitialCell);

    /// <summary>Runs T steps; returns h_1…h_T and c_1…c_T ([T × B × H] each; c only for the LSTM).</summary>
    public (double[] Hidden, double[] Cell) Forward(double[] inputs, int steps, int batch, double[]? h0, double[]? c0)
    {
        _batch = batch;
        var bh = batch * _h;
        _x = Enumerable.Range(0, steps).Select(t => inputs[(t * batch * _i)..((t + 1) * batch * _i)]).ToArray();
        _states = new double[steps + 1][];
        _cells = new double[steps + 1][];
        _states[0] = h0 ?? new double[bh];
        _cells[0] = c0 ?? new double[bh];
        _fromInput = new double[steps][];
        _fromHidden = new double[steps][];
        for (var t = 0; t < steps; t++)
        {
            _fromInput[t] = Affine(_x[t], weightIh, biasIh, _i);
            _fromHidden[t] = Affine(_states[t], weightHh, biasHh, _h);
            (_states[t + 1], _cells[t + 1]) = (new double[bh], new double[bh]);
            for (var b = 0; b < batch; b++)
            {
                for (var u = 0; u < _h; u++)
                    Step(t, b, u);
            }
        }
        return (_states[1..].SelectMany(s => s).ToArray(), _cells[1..].SelectMany(s => s).ToArray());
    }

    private void Step(int t, int b, int u)
    {
        double A(int block) => _fromInput[t][(b * _g) + (block * _h) + u] + _fromHidden[t][(b * _g) + (block * _h) + u];
        var k = (b * _h) + u;
        switch (shape.Cell)
        {
            case CellKind.ElmanTanh:
                _states[t + 1][k] = Math.Tanh(A(0));
                break;
            case CellKind.ElmanRelu:
                _states[t + 1][k] = Math.Max(0, A(0));
                break;
            case CellKind.ElmanLogistic:
                _states[t + 1][k] = Sigmoid(A(0));
                break;
            case CellKind.Lstm:
                var (i, f, g, o) = (Sigmoid(A(0)), Sigmoid(A(1)), Math.Tanh(A(2)), Sigmoid(A(3)));
                _cells[t + 1][k] = (f * _cells[t][k]) + (i * g);
                _states[t + 1][k] = o * Math.Tanh(_cells[t + 1][k]);
                break;
            default:
                var (r, z) = (Sigmoid(A(0)), Sigmoid(A(1)));
                var n = Math.Tanh(_fromInput[t][(b * _g) + (2 * _h) + u] + (r * _fromHidden[t][(b * _g) + (2 * _h) + u]));
                _states[t + 1][k] = ((1 - z) * n) + (z * _states[t][k]);
                break;
        }
    }

    /// <summary>BPTT of the last forward pass from ∂L/∂h_t for every step ([T × B × H]) and ∂L/∂c_T.</summary>
    public Gradients Backward(double[] outputGradients, double[]? lastCellGradient)
    {
        var steps = _x.Length;
        var bh = _batch * _h;
        var grads = new Gradients(new double[weightIh.Length], new double[weightHh.Length], new double[_g], new double[_g], new double[steps * _batch * _i], new double[bh], new double[bh]);
        var dh = new double[bh];
        var dc = lastCellGradient?.ToArray() ?? new double[bh];
        for (var t = steps - 1; t >= 0; t--)
        {
            for (var k = 0; k < bh; k++)
                dh[k] += outputGradients[(t * bh) + k];
            var (dAx, dAh, dhPrev, dcPrev) = (new double[_batch * _g], new double[_batch * _g], new double[bh], new double[bh]);
            for (var b = 0; b < _batch; b++)
            {
                for (var u = 0; u < _h; u++)
                    StepBack(t, b, u, dh, dc, dAx, dAh, dhPrev, dcPrev);
            }
            for (var b = 0; b < _batch; b++)
            {
                for (var j = 0; j < _g; j++)
                {
                    var (ax, ah) = (dAx[(b * _g) + j], dAh[(b * _g) + j]);
                    grads.BiasIh[j] += ax;
                    grads.BiasHh[j] += ah;
                    for (var p = 0; p < _i; p++)
                    {
                        grads.WeightIh[(j * _i) + p] += ax * _x[t][(b * _i) + p];
                        grads.Inputs[(((t * _batch) + b) * _i) + p] += ax * weightIh[(j * _i) + p];
                    }
                    for (var q = 0; q < _h; q++)
                    {
                        grads.WeightHh[(j * _h) + q] += ah * _states[t][(b * _h) + q];
                        dhPrev[(b * _h) + q] += ah * weightHh[(j * _h) + q];
                    }
                }
            }
            (dh, dc) = (dhPrev, dcPrev);
        }
        dh.CopyTo(grads.InitialHidden, 0);
        dc.CopyTo(grads.InitialCell, 0);
        return grads;
    }

    private void StepBack(int t, int b, int u, double[] dh, double[] dc, double[] dAx, double[] dAh, double[] dhPrev, double[] dcPrev)
    {
        var k = (b * _h) + u;
        int At(int block) => (b * _g) + (block * _h) + u;
        double A(int block) => _fromInput[t][At(block)] + _fromHidden[t][At(block)];
        var y = _states[t + 1][k];
        switch (shape.Cell)
        {
            case CellKind.ElmanTanh:
                dAx[At(0)] = dAh[At(0)] = dh[k] * (1 - (y * y));
                break;
            case CellKind.ElmanRelu:
                dAx[At(0)] = dAh[At(0)] = A(0) > 0 ? dh[k] : 0;
                break;
            case CellKind.ElmanLogistic:
                dAx[At(0)] = dAh[At(0)] = dh[k] * y * (1 - y);
                break;
            case CellKind.Lstm:
                var (i, f, g, o) = (Sigmoid(A(0)), Sigmoid(A(1)), Math.Tanh(A(2)), Sigmoid(A(3)));
                var tc = Math.Tanh(_cells[t + 1][k]);
                var dcTotal = dc[k] + (dh[k] * o * (1 - (tc * tc)));
                dAx[At(0)] = dAh[At(0)] = dcTotal * g * i * (1 - i);
                dAx[At(1)] = dAh[At(1)] = dcTotal * _cells[t][k] * f * (1 - f);
                dAx[At(2)] = dAh[At(2)] = dcTotal * i * (1 - (g * g));
                dAx[At(3)] = dAh[At(3)] = dh[k] * tc * o * (1 - o);
                dcPrev[k] = dcTotal * f;
                break;
            default:
                var (r, z) = (Sigmoid(A(0)), Sigmoid(A(1)));
                var hn = _fromHidden[t][At(2)];
                var n = Math.Tanh(_fromInput[t][At(2)] + (r * hn));
                var dAn = dh[k] * (1 - z) * (1 - (n * n));
                dAx[At(0)] = dAh[At(0)] = dAn * hn * r * (1 - r);
                dAx[At(1)] = dAh[At(1)] = dh[k] * (_states[t][k] - n) * z * (1 - z);
                dAx[At(2)] = dAn;
                dAh[At(2)] = dAn * r;
                dhPrev[k] += dh[k] * z;
                break;
        }
    }

    // rows × G·H: v·Wᵀ + bias for each row of v (rows × columns).
    private double[] Affine(double[] v, double[] weight, double[] bias, int columns)
    {
        var rows = v.Length / columns;
        var result = new double[rows * _g];
        for (var r = 0; r < rows; r++)
        {
            for (var j = 0; j < _g; j++)
            {
                var s = bias[j];
                for (var p = 0; p < columns; p++)
                    s += weight[(j * columns) + p] * v[(r * columns) + p];
                result[(r * _g) + j] = s;
            }
        }
        return result;
    }

    private static double Sigmoid(double a) => 1 / (1 + Math.Exp(-a));
}
