namespace RnnKata.Engine.Ilgpu.Tests.Support;

/// <summary>The gradients of one recurrent layer's backward pass, in double, laid out like the engine's.</summary>
public sealed record RecurrentGradients(double[] WeightIh, double[] WeightHh, double[] BiasIh, double[] BiasHh, double[] Inputs, double[] InitialHidden, double[] InitialCell);

/// <summary>
/// A scalar double re-implementation of the engine's recurrent layers (the equations of <see cref="CellKind"/>'s docs,
/// PyTorch layout, time-major sequences), written without the engine's structure: loops over rows, units and steps.
/// Its backward pass is checked against central differences of its forward pass (<c>RecurrentReferenceTests</c>).
/// </summary>
public sealed class RecurrentReference(RecurrentShape shape, int batch, int steps, double[] weightIh, double[] weightHh, double[] biasIh, double[] biasHh)
{
    private readonly int _units = shape.Hidden, _input = shape.Input, _gates = shape.Gates * shape.Hidden;

    /// <summary>h_1 … h_T and c_1 … c_T (LSTM), each [T × B × H]. Absent h0/c0 are zeros.</summary>
    public (double[] Hidden, double[] Cell) Forward(double[] x, double[]? h0, double[]? c0)
    {
        var state = batch * _units;
        var hidden = new double[steps * state];
        var cell = new double[steps * state];
        for (int t = 0; t < steps; t++)
        for (int b = 0; b < batch; b++)
        {
            var (ai, ah) = PreActivations(x, t, b, Previous(hidden, h0, t, b));
            for (int j = 0; j < _units; j++)
            {
                int at = t * state + b * _units + j;
                var hp = Previous(hidden, h0, t, b)[j];
                switch (shape.Cell)
                {
                    case CellKind.ElmanTanh:
                        hidden[at] = Math.Tanh(ai[j] + ah[j]);
                        break;
                    case CellKind.ElmanRelu:
                        hidden[at] = Math.Max(0, ai[j] + ah[j]);
                        break;
                    case CellKind.ElmanLogistic:
                        hidden[at] = Sigmoid(ai[j] + ah[j]);
                        break;
                    case CellKind.Lstm:
                        var (i, f, g, o) = (Sigmoid(ai[j] + ah[j]), Sigmoid(ai[_units + j] + ah[_units + j]),
                            Math.Tanh(ai[2 * _units + j] + ah[2 * _units + j]), Sigmoid(ai[3 * _units + j] + ah[3 * _units + j]));
                        cell[at] = f * Previous(cell, c0, t, b)[j] + i * g;
                        hidden[at] = o * Math.Tanh(cell[at]);
                        break;
                    default:
                        var r = Sigmoid(ai[j] + ah[j]);
                        var z = Sigmoid(ai[_units + j] + ah[_units + j]);
                        var n = Math.Tanh(ai[2 * _units + j] + r * ah[2 * _units + j]);
                        hidden[at] = (1 - z) * n + z * hp;
                        break;
                }
            }
        }
        return (hidden, cell);
    }

    /// <summary>Backpropagation through time from ∂L/∂h_t for every step and ∂L/∂c_T (LSTM).</summary>
    public RecurrentGradients Backward(double[] x, double[]? h0, double[]? c0, double[] outputGradients, double[]? lastCellGradient)
    {
        var (hidden, cell) = Forward(x, h0, c0);
        var state = batch * _units;
        var result = new RecurrentGradients(
            new double[_gates * _input], new double[_gates * _units], new double[_gates], new double[_gates], new double[steps * batch * _input],
            new double[state], new double[state]);
        var dhNext = new double[state];
        var dcNext = lastCellGradient is null ? new double[state] : (double[])lastCellGradient.Clone();
        for (int t = steps - 1; t >= 0; t--)
        {
            var dhPrevious = new double[state];
            var dcPrevious = new double[state];
            for (int b = 0; b < batch; b++)
            {
                var hp = Previous(hidden, h0, t, b);
                var cp = Previous(cell, c0, t, b);
                var (ai, ah) = PreActivations(x, t, b, hp);
                var dAi = new double[_gates];
                var dAh = new double[_gates];
                for (int j = 0; j < _units; j++)
                {
                    int at = t * state + b * _units + j, sj = b * _units + j;
                    var dh = outputGradients[at] + dhNext[sj];
                    switch (shape.Cell)
                    {
                        case CellKind.ElmanTanh:
                            dAi[j] = dAh[j] = dh * (1 - hidden[at] * hidden[at]);
                            break;
                        case CellKind.ElmanRelu:
                            dAi[j] = dAh[j] = ai[j] + ah[j] > 0 ? dh : 0;
                            break;
                        case CellKind.ElmanLogistic:
                            dAi[j] = dAh[j] = dh * hidden[at] * (1 - hidden[at]);
                            break;
                        case CellKind.Lstm:
                            var (i, f, g, o) = (Sigmoid(ai[j] + ah[j]), Sigmoid(ai[_units + j] + ah[_units + j]),
                                Math.Tanh(ai[2 * _units + j] + ah[2 * _units + j]), Sigmoid(ai[3 * _units + j] + ah[3 * _units + j]));
                            var tc = Math.Tanh(cell[at]);
                            var dc = dcNext[sj] + dh * o * (1 - tc * tc);
                            dAi[j] = dAh[j] = dc * g * i * (1 - i);
                            dAi[_units + j] = dAh[_units + j] = dc * cp[j] * f * (1 - f);
                            dAi[2 * _units + j] = dAh[2 * _units + j] = dc * i * (1 - g * g);
                            dAi[3 * _units + j] = dAh[3 * _units + j] = dh * tc * o * (1 - o);
                            dcPrevious[sj] = dc * f;
                            break;
                        default:
                            var r = Sigmoid(ai[j] + ah[j]);
                            var z = Sigmoid(ai[_units + j] + ah[_units + j]);
                            var hn = ah[2 * _units + j];
                            var n = Math.Tanh(ai[2 * _units + j] + r * hn);
                            var dAn = dh * (1 - z) * (1 - n * n);
                            dAi[j] = dAh[j] = dAn * hn * r * (1 - r);
                            dAi[_units + j] = dAh[_units + j] = dh * (hp[j] - n) * z * (1 - z);
                            dAi[2 * _units + j] = dAn;
                            dAh[2 * _units + j] = dAn * r;
                            dhPrevious[sj] += dh * z;
                            break;
                    }
                }
                for (int k = 0; k < _gates; k++)
                {
                    result.BiasIh[k] += dAi[k];
                    result.BiasHh[k] += dAh[k];
                    for (int q = 0; q < _input; q++)
                    {
                        result.WeightIh[k * _input + q] += dAi[k] * x[(t * batch + b) * _input + q];
                        result.Inputs[(t * batch + b) * _input + q] += dAi[k] * weightIh[k * _input + q];
                    }
                    for (int q = 0; q < _units; q++)
                    {
                        result.WeightHh[k * _units + q] += dAh[k] * hp[q];
                        dhPrevious[b * _units + q] += dAh[k] * weightHh[k * _units + q];
                    }
                }
            }
            dhNext = dhPrevious;
            dcNext = dcPrevious;
        }
        dhNext.CopyTo(result.InitialHidden, 0);
        if (shape.HasCellState)
            dcNext.CopyTo(result.InitialCell, 0);
        return result;
    }

    private (double[] Input, double[] Hidden) PreActivations(double[] x, int t, int b, double[] hp)
    {
        var ai = new double[_gates];
        var ah = new double[_gates];
        for (int k = 0; k < _gates; k++)
        {
            ai[k] = biasIh[k];
            for (int q = 0; q < _input; q++)
                ai[k] += weightIh[k * _input + q] * x[(t * batch + b) * _input + q];
            ah[k] = biasHh[k];
            for (int q = 0; q < _units; q++)
                ah[k] += weightHh[k * _units + q] * hp[q];
        }
        return (ai, ah);
    }

    // Row b of step t − 1 of a [T × B × H] sequence, or of the initial state (zeros when absent) at t = 0.
    private double[] Previous(double[] sequence, double[]? initial, int t, int b)
    {
        var row = new double[_units];
        if (t > 0)
            Array.Copy(sequence, ((t - 1) * batch + b) * _units, row, 0, _units);
        else if (initial is not null)
            Array.Copy(initial, b * _units, row, 0, _units);
        return row;
    }

    private static double Sigmoid(double a) => 1 / (1 + Math.Exp(-a));
}
