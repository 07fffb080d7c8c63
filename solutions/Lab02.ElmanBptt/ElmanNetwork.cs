using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>Reference solution of Tasks 2, 3, 4, 7 and 8: the Elman network's step forward and backward, and the sequence forward and backward through time.</summary>
public static class ElmanNetwork
{
    /// <summary><c>H(t) = f(X(t)·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ)</c>.</summary>
    public static Matrix<double> Step(Matrix<double> x, Matrix<double> hPrevious, LayerParameters layer, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(layer);
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        Require.Columns(x, layer.Inputs, nameof(x), "one column per input");
        Require.Finite(x, nameof(x));
        Require.Shape(hPrevious, x.RowCount, layer.Hidden, nameof(hPrevious));
        Require.Finite(hPrevious, nameof(hPrevious));
        var a = x.TransposeAndMultiply(layer.U) + hPrevious.TransposeAndMultiply(layer.W);
        return Activations.Apply(activation, Broadcast.AddToRows(a, layer.B));
    }

    /// <summary>One step backward: the gradients with respect to <c>X(t)</c>, <c>H(t−1)</c>, <c>U</c>, <c>W</c> and <c>b</c>.</summary>
    public static StepGradients StepBackward(Matrix<double> dH, Matrix<double> x, Matrix<double> hPrevious, Matrix<double> h,
        LayerParameters layer, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(layer);
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        Require.Columns(x, layer.Inputs, nameof(x), "one column per input");
        Require.Finite(x, nameof(x));
        Require.Shape(hPrevious, x.RowCount, layer.Hidden, nameof(hPrevious));
        Require.Finite(hPrevious, nameof(hPrevious));
        Require.Shape(h, x.RowCount, layer.Hidden, nameof(h));
        Require.Finite(h, nameof(h));
        Require.Shape(dH, x.RowCount, layer.Hidden, nameof(dH));
        Require.Finite(dH, nameof(dH));
        var deltaA = dH.PointwiseMultiply(Activations.DerivativeFromOutput(activation, h));
        // The forward step multiplied by Uᵀ and Wᵀ from the right, so the gradient goes back through U and W
        // themselves: the row form of the column-vector Uᵀ·δa and Wᵀ·δa.
        var d = new LayerParameters(deltaA.TransposeThisAndMultiply(x), deltaA.TransposeThisAndMultiply(hPrevious), deltaA.ColumnSums());
        return new StepGradients(d, deltaA * layer.W, deltaA * layer.U);
    }

    /// <summary>Runs the network over the sequence and keeps every hidden state and the outputs.</summary>
    public static SequenceTrace Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, ElmanParameters parameters,
        Activation activation, SequenceMode mode = SequenceMode.ManyToMany)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        var batch = RequireSequence.Steps(xs, parameters.Inputs, nameof(xs), "one column per input");
        Require.Shape(h0, batch, parameters.Hidden, nameof(h0));
        Require.Finite(h0, nameof(h0));

        int timeSteps = xs.Count;
        var hidden = new Matrix<double>[timeSteps];
        var outputs = new List<Matrix<double>>();
        var h = h0;
        for (int t = 0; t < timeSteps; t++)
        {
            h = Step(xs[t], h, parameters.Layer, activation);
            hidden[t] = h;
            if (mode == SequenceMode.ManyToMany || t == timeSteps - 1)
                outputs.Add(Broadcast.AddToRows(h.TransposeAndMultiply(parameters.V), parameters.C));
        }
        return new SequenceTrace(xs.ToArray(), h0, hidden, outputs, activation, mode);
    }

    /// <summary>Full backpropagation through time.</summary>
    public static Gradients<ElmanParameters> Backward(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, ElmanParameters parameters)
    {
        RequireFits(trace, dOutputs, parameters);
        var p = parameters;
        int timeSteps = trace.Steps;
        var dU = Matrix<double>.Build.Dense(p.Hidden, p.Inputs);
        var dW = Matrix<double>.Build.Dense(p.Hidden, p.Hidden);
        var dV = Matrix<double>.Build.Dense(p.Outputs, p.Hidden);
        var dB = Vector<double>.Build.Dense(p.Hidden);
        var dC = Vector<double>.Build.Dense(p.Outputs);
        // δA(t+1)·W: what step t+1 sends back to H(t); nothing comes back to the last step.
        var fromNextStep = Broadcast.Zeros(trace.H0.RowCount, p.Hidden);
        var dXs = new Matrix<double>[timeSteps];

        for (int t = timeSteps - 1; t >= 0; t--)
        {
            var deltaH = fromNextStep;
            if (OutputGradientAt(trace, dOutputs, t) is { } deltaO)
            {
                dV += deltaO.TransposeThisAndMultiply(trace.Hidden[t]);
                dC += deltaO.ColumnSums();
                deltaH = deltaH + deltaO * p.V;
            }
            var step = StepBackward(deltaH, trace.Inputs[t], Previous(trace, t), trace.Hidden[t], p.Layer, trace.Activation);
            dU += step.Parameters.U;
            dW += step.Parameters.W;
            dB += step.Parameters.B;
            dXs[t] = step.DX;
            fromNextStep = step.DHPrevious;
        }
        return new(new ElmanParameters(dU, dW, dB, dV, dC), fromNextStep, dXs);
    }

    /// <summary>Truncated BPTT: each output's gradient walks back at most <paramref name="k"/> steps.</summary>
    public static Gradients<ElmanParameters> BackwardTruncated(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, ElmanParameters parameters, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        RequireFits(trace, dOutputs, parameters);
        var p = parameters;
        int timeSteps = trace.Steps;
        var dU = Matrix<double>.Build.Dense(p.Hidden, p.Inputs);
        var dW = Matrix<double>.Build.Dense(p.Hidden, p.Hidden);
        var dV = Matrix<double>.Build.Dense(p.Outputs, p.Hidden);
        var dB = Vector<double>.Build.Dense(p.Hidden);
        var dC = Vector<double>.Build.Dense(p.Outputs);
        var dH0 = Broadcast.Zeros(trace.H0.RowCount, p.Hidden);
        var dXs = Enumerable.Range(0, timeSteps).Select(_ => Broadcast.Zeros(trace.H0.RowCount, p.Inputs)).ToArray();

        for (int t = timeSteps - 1; t >= 0; t--)
        {
            if (OutputGradientAt(trace, dOutputs, t) is not { } deltaO)
                continue;
            dV += deltaO.TransposeThisAndMultiply(trace.Hidden[t]);
            dC += deltaO.ColumnSums();

            // The loss at t reaches A(t), …, A(stop); H(stop − 1) is held constant.
            var stop = Math.Max(0, t - k + 1);
            var deltaH = deltaO * p.V;
            for (int s = t; s >= stop; s--)
            {
                var step = StepBackward(deltaH, trace.Inputs[s], Previous(trace, s), trace.Hidden[s], p.Layer, trace.Activation);
                dU += step.Parameters.U;
                dW += step.Parameters.W;
                dB += step.Parameters.B;
                dXs[s] += step.DX;
                deltaH = step.DHPrevious;
            }
            if (stop == 0)
                dH0 += deltaH;
        }
        return new(new ElmanParameters(dU, dW, dB, dV, dC), dH0, dXs);
    }

    // H(t−1), with H(−1) = h0.
    private static Matrix<double> Previous(SequenceTrace trace, int t) => t == 0 ? trace.H0 : trace.Hidden[t - 1];

    // ∂J/∂O(t), or null when step t has no output (many-to-one before the last step).
    private static Matrix<double>? OutputGradientAt(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, int t) =>
        trace.Mode == SequenceMode.ManyToMany ? dOutputs[t]
        : t == trace.Steps - 1 ? dOutputs[0]
        : null;

    private static void RequireFits(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, ElmanParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Hidden != trace.H0.ColumnCount || parameters.Inputs != trace.Inputs[0].ColumnCount)
            throw new ArgumentException(
                $"parameters must be those of the forward pass ({trace.Inputs[0].ColumnCount} input(s), {trace.H0.ColumnCount} hidden unit(s)).", nameof(parameters));
        RequireSequence.Matches(dOutputs, trace.Outputs.Count, trace.H0.RowCount, parameters.Outputs, nameof(dOutputs),
            // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
            "one per output of the trace, batch × output");
    }
}
