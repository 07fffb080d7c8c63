using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

/// <summary>
/// An independent reference: every network of the lab computed one sequence, one unit and one weight
/// at a time with scalar loops, in the lecture's column layout (<c>a_j = Σ_i U[j,i] x_i + Σ_k W[j,k] h_k + b_j</c>),
/// sharing no code with the implementation under test. The gradient checks differentiate these
/// forward passes, never the student's.
/// </summary>
internal static class ElementByElement
{
    /// <summary>f(a) for one number.</summary>
    public static double Activate(Activation activation, double a) => activation switch
    {
        Activation.Tanh => Math.Tanh(a),
        Activation.Relu => a > 0 ? a : 0,
        _ => a,
    };

    /// <summary>The Elman network's hidden states and outputs at every step.</summary>
    public static (Matrix<double>[] Hidden, Matrix<double>[] Outputs) Elman(
        IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, ElmanParameters p, Activation f)
    {
        var hidden = new Matrix<double>[xs.Count];
        var outputs = new Matrix<double>[xs.Count];
        var previous = h0;
        for (var step = 0; step < xs.Count; step++)
        {
            hidden[step] = Layer(xs[step], p.U, previous, p.W, p.B, f);
            outputs[step] = Affine(hidden[step], p.V, p.C);
            previous = hidden[step];
        }
        return (hidden, outputs);
    }

    /// <summary>The Jordan network's outputs at every step (the previous output is fed back).</summary>
    public static Matrix<double>[] Jordan(IReadOnlyList<Matrix<double>> xs, Matrix<double> o0, JordanParameters p, Activation f)
    {
        var outputs = new Matrix<double>[xs.Count];
        var previous = o0;
        for (var step = 0; step < xs.Count; step++)
        {
            outputs[step] = Affine(Layer(xs[step], p.U, previous, p.W, p.B, f), p.V, p.C);
            previous = outputs[step];
        }
        return outputs;
    }

    /// <summary>A stack's states, <c>[layer][step]</c>, and the top layer's outputs at every step.</summary>
    public static (Matrix<double>[][] Hidden, Matrix<double>[] Outputs) Stacked(
        IReadOnlyList<Matrix<double>> xs, IReadOnlyList<Matrix<double>> h0, StackedParameters p, Activation f)
    {
        var hidden = new Matrix<double>[p.Depth][];
        for (var l = 0; l < p.Depth; l++)
            hidden[l] = new Matrix<double>[xs.Count];
        var outputs = new Matrix<double>[xs.Count];
        // Step by step, each step through all layers: the other order than the layer-by-layer hint.
        for (var step = 0; step < xs.Count; step++)
        {
            var input = xs[step];
            for (var l = 0; l < p.Depth; l++)
            {
                var layer = p.Layers[l];
                hidden[l][step] = Layer(input, layer.U, step == 0 ? h0[l] : hidden[l][step - 1], layer.W, layer.B, f);
                input = hidden[l][step];
            }
            outputs[step] = Affine(input, p.V, p.C);
        }
        return (hidden, outputs);
    }

    /// <summary>The deep-transition RNN's outputs at every step.</summary>
    public static Matrix<double>[] DeepTransition(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, DeepTransitionParameters p, Activation f)
    {
        var outputs = new Matrix<double>[xs.Count];
        var previous = h0;
        for (var step = 0; step < xs.Count; step++)
        {
            var inner = Layer(xs[step], p.U, previous, p.W, p.B, f);
            previous = Layer(inner, p.U2, null, null, p.B2, f);
            outputs[step] = Affine(previous, p.V, p.C);
        }
        return outputs;
    }

    /// <summary>The deep-output RNN's outputs at every step.</summary>
    public static Matrix<double>[] DeepOutput(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, DeepOutputParameters p, Activation f)
    {
        var outputs = new Matrix<double>[xs.Count];
        var previous = h0;
        for (var step = 0; step < xs.Count; step++)
        {
            previous = Layer(xs[step], p.U, previous, p.W, p.B, f);
            outputs[step] = Affine(Layer(previous, p.V, null, null, p.C, f), p.V2, p.C2);
        }
        return outputs;
    }

    /// <summary>½‖o − y‖² summed over steps, sequences and outputs, divided by the number of sequences.</summary>
    public static double SquaredError(IReadOnlyList<Matrix<double>> outputs, IReadOnlyList<Matrix<double>> targets)
    {
        var sum = 0.0;
        for (var step = 0; step < outputs.Count; step++)
            for (var n = 0; n < outputs[step].RowCount; n++)
                for (var k = 0; k < outputs[step].ColumnCount; k++)
                {
                    var error = outputs[step][n, k] - targets[step][n, k];
                    sum += 0.5 * error * error;
                }
        return sum / outputs[0].RowCount;
    }

    /// <summary>−Σ y_k ln softmax(o)_k summed over steps and sequences, divided by the number of sequences.</summary>
    public static double CrossEntropy(IReadOnlyList<Matrix<double>> logits, IReadOnlyList<Matrix<double>> targets)
    {
        var sum = 0.0;
        for (var step = 0; step < logits.Count; step++)
            for (var n = 0; n < logits[step].RowCount; n++)
                for (var k = 0; k < logits[step].ColumnCount; k++)
                {
                    // −ln softmax_k = ln Σ_j exp(o_j − o_k): fine for the moderate logits of these tests.
                    var sumExp = 0.0;
                    for (var j = 0; j < logits[step].ColumnCount; j++)
                        sumExp += Math.Exp(logits[step][n, j] - logits[step][n, k]);
                    sum += targets[step][n, k] * Math.Log(sumExp);
                }
        return sum / logits[0].RowCount;
    }

    /// <summary>Softmax of one row, entry by entry.</summary>
    public static double Softmax(Matrix<double> logits, int row, int k)
    {
        var sumExp = 0.0;
        for (var j = 0; j < logits.ColumnCount; j++)
            sumExp += Math.Exp(logits[row, j] - logits[row, k]);
        return 1.0 / sumExp;
    }

    // One layer for every sequence n and unit j: f(Σ_i In[j,i] x[n,i] + Σ_k Rec[j,k] prev[n,k] + b_j).
    private static Matrix<double> Layer(Matrix<double> x, Matrix<double> weightIn, Matrix<double>? previous,
        Matrix<double>? weightRec, Vector<double> bias, Activation f)
    {
        var result = Matrix<double>.Build.Dense(x.RowCount, weightIn.RowCount);
        for (var n = 0; n < x.RowCount; n++)
            for (var j = 0; j < weightIn.RowCount; j++)
            {
                var a = bias[j];
                for (var i = 0; i < weightIn.ColumnCount; i++)
                    a += weightIn[j, i] * x[n, i];
                if (previous is not null && weightRec is not null)
                    for (var k = 0; k < weightRec.ColumnCount; k++)
                        a += weightRec[j, k] * previous[n, k];
                result[n, j] = Activate(f, a);
            }
        return result;
    }

    // Σ_j V[k,j] h[n,j] + c_k for every sequence n and output k.
    private static Matrix<double> Affine(Matrix<double> h, Matrix<double> v, Vector<double> c)
    {
        var result = Matrix<double>.Build.Dense(h.RowCount, v.RowCount);
        for (var n = 0; n < h.RowCount; n++)
            for (var k = 0; k < v.RowCount; k++)
            {
                var sum = c[k];
                for (var j = 0; j < v.ColumnCount; j++)
                    sum += v[k, j] * h[n, j];
                result[n, k] = sum;
            }
        return result;
    }
}
