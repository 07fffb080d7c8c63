using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03.Tests;

/// <summary>
/// An independent reference: LSTM and GRU steps computed one instance and one hidden unit at a time
/// with scalar loops, reading each gate's weights straight out of PyTorch's stacked tensors (gate k,
/// unit j is row k·H + j). It shares no code with the implementation under test.
/// </summary>
internal static class UnitByUnit
{
    public static (Matrix<double> H, Matrix<double> C) LstmStep(LstmParameters p, Matrix<double> x, Matrix<double> h, Matrix<double> c)
    {
        var hidden = p.HiddenSize;
        var hNext = Matrix<double>.Build.Dense(x.RowCount, hidden);
        var cNext = Matrix<double>.Build.Dense(x.RowCount, hidden);
        for (var n = 0; n < x.RowCount; n++)
            for (var j = 0; j < hidden; j++)
            {
                var i = Sigmoid(PreActivation(p, 0, j, x, h, n));
                var f = Sigmoid(PreActivation(p, 1, j, x, h, n));
                var g = Math.Tanh(PreActivation(p, 2, j, x, h, n));
                var o = Sigmoid(PreActivation(p, 3, j, x, h, n));
                cNext[n, j] = f * c[n, j] + i * g;
                hNext[n, j] = o * Math.Tanh(cNext[n, j]);
            }
        return (hNext, cNext);
    }

    public static Matrix<double> GruStep(GruParameters p, ResetPlacement placement, Matrix<double> x, Matrix<double> h)
    {
        var hidden = p.HiddenSize;
        var hNext = Matrix<double>.Build.Dense(x.RowCount, hidden);
        for (var n = 0; n < x.RowCount; n++)
        {
            var r = new double[hidden];
            for (var j = 0; j < hidden; j++)
                r[j] = Sigmoid(PreActivation(p, 0, j, x, h, n));
            for (var j = 0; j < hidden; j++)
            {
                var z = Sigmoid(PreActivation(p, 1, j, x, h, n));
                var row = 2 * hidden + j;
                var fromInput = p.BiasIh[row];
                for (var k = 0; k < p.InputSize; k++)
                    fromInput += p.WeightIh[row, k] * x[n, k];
                double fromHidden;
                if (placement == ResetPlacement.AfterHiddenProduct)
                {
                    var product = p.BiasHh[row];
                    for (var m = 0; m < hidden; m++)
                        product += p.WeightHh[row, m] * h[n, m];
                    fromHidden = r[j] * product;
                }
                else
                {
                    // Unit m of the previous state is reset by its own gate r[m] before it is weighted.
                    fromHidden = p.BiasHh[row];
                    for (var m = 0; m < hidden; m++)
                        fromHidden += p.WeightHh[row, m] * (r[m] * h[n, m]);
                }
                var candidate = Math.Tanh(fromInput + fromHidden);
                hNext[n, j] = (1 - z) * candidate + z * h[n, j];
            }
        }
        return hNext;
    }

    public static (IReadOnlyList<Matrix<double>> Hidden, IReadOnlyList<Matrix<double>> Cells) Lstm(
        LstmParameters p, IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, Matrix<double> c0)
    {
        var hidden = new List<Matrix<double>>();
        var cells = new List<Matrix<double>>();
        var (h, c) = (h0, c0);
        foreach (var x in xs)
        {
            (h, c) = LstmStep(p, x, h, c);
            hidden.Add(h);
            cells.Add(c);
        }
        return (hidden, cells);
    }

    public static IReadOnlyList<Matrix<double>> Gru(GruParameters p, ResetPlacement placement, IReadOnlyList<Matrix<double>> xs, Matrix<double> h0)
    {
        var hidden = new List<Matrix<double>>();
        var h = h0;
        foreach (var x in xs)
        {
            h = GruStep(p, placement, x, h);
            hidden.Add(h);
        }
        return hidden;
    }

    // Gate k's pre-activation for unit j of instance n: both products and both biases.
    private static double PreActivation(GateParameters p, int gate, int j, Matrix<double> x, Matrix<double> h, int n)
    {
        var row = gate * p.HiddenSize + j;
        var sum = p.BiasIh[row] + p.BiasHh[row];
        for (var k = 0; k < p.InputSize; k++)
            sum += p.WeightIh[row, k] * x[n, k];
        for (var m = 0; m < p.HiddenSize; m++)
            sum += p.WeightHh[row, m] * h[n, m];
        return sum;
    }

    private static double Sigmoid(double a) => 1.0 / (1.0 + Math.Exp(-a));
}
