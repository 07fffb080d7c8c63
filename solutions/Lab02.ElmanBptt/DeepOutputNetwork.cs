using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>Reference solution of extension B: the deep-output RNN.</summary>
public static class DeepOutputNetwork
{
    /// <summary>Elman hidden states; <c>Z(t) = f(H·Vᵀ + c)</c>, <c>O(t) = Z·V2ᵀ + c2</c>.</summary>
    public static SequenceTrace Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, DeepOutputParameters parameters, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        var batch = RequireSequence.Steps(xs, p.Inputs, nameof(xs), "one column per input");
        Require.Shape(h0, batch, p.Hidden, nameof(h0));
        Require.Finite(h0, nameof(h0));

        int timeSteps = xs.Count;
        var hidden = new Matrix<double>[timeSteps];
        var inner = new Matrix<double>[timeSteps];
        var outputs = new Matrix<double>[timeSteps];
        var h = h0;
        for (int t = 0; t < timeSteps; t++)
        {
            h = ElmanNetwork.Step(xs[t], h, p.Layer, activation);
            hidden[t] = h;
            inner[t] = Activations.Apply(activation, Broadcast.AddToRows(h.TransposeAndMultiply(p.V), p.C));
            outputs[t] = Broadcast.AddToRows(inner[t].TransposeAndMultiply(p.V2), p.C2);
        }
        return new SequenceTrace(xs.ToArray(), h0, hidden, outputs, activation, inner: inner);
    }

    /// <summary>BPTT with a two-layer way from each hidden state to its output.</summary>
    public static Gradients<DeepOutputParameters> Backward(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, DeepOutputParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        int timeSteps = trace.Inputs.Count;
        var batch = trace.H0.RowCount;
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        RequireSequence.Matches(dOutputs, timeSteps, batch, p.Outputs, nameof(dOutputs), "one per output of the trace, batch × output");

        var dU = Matrix<double>.Build.Dense(p.Hidden, p.Inputs);
        var dW = Matrix<double>.Build.Dense(p.Hidden, p.Hidden);
        var dB = Vector<double>.Build.Dense(p.Hidden);
        var dV = Matrix<double>.Build.Dense(p.Inner, p.Hidden);
        var dC = Vector<double>.Build.Dense(p.Inner);
        var dV2 = Matrix<double>.Build.Dense(p.Outputs, p.Inner);
        var dC2 = Vector<double>.Build.Dense(p.Outputs);
        var fromNextStep = Broadcast.Zeros(batch, p.Hidden);

        for (int t = timeSteps - 1; t >= 0; t--)
        {
            dV2 += dOutputs[t].TransposeThisAndMultiply(trace.Inner[t]);
            dC2 += dOutputs[t].ColumnSums();
            var deltaAz = (dOutputs[t] * p.V2).PointwiseMultiply(Activations.DerivativeFromOutput(trace.Activation, trace.Inner[t]));
            dV += deltaAz.TransposeThisAndMultiply(trace.Hidden[t]);
            dC += deltaAz.ColumnSums();
            var deltaH = deltaAz * p.V + fromNextStep;
            var deltaA = deltaH.PointwiseMultiply(Activations.DerivativeFromOutput(trace.Activation, trace.Hidden[t]));
            dU += deltaA.TransposeThisAndMultiply(trace.Inputs[t]);
            dW += deltaA.TransposeThisAndMultiply(t == 0 ? trace.H0 : trace.Hidden[t - 1]);
            dB += deltaA.ColumnSums();
            fromNextStep = deltaA * p.W;
        }
        return new(new DeepOutputParameters(dU, dW, dB, dV, dC, dV2, dC2), fromNextStep);
    }
}
