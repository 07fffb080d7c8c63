using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>Reference solution of extension A: the deep-transition RNN.</summary>
public static class DeepTransitionNetwork
{
    /// <summary><c>Z(t) = f(X·Uᵀ + H(t−1)·Wᵀ + b)</c>, <c>H(t) = f(Z·U2ᵀ + b2)</c>, <c>O(t) = H·Vᵀ + c</c>.</summary>
    public static SequenceTrace Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, DeepTransitionParameters parameters, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        var batch = RequireSequence.Steps(xs, p.Inputs, nameof(xs), "one column per input");
        Require.Shape(h0, batch, p.Hidden, nameof(h0));
        Require.Finite(h0, nameof(h0));

        int timeSteps = xs.Count;
        var inner = new Matrix<double>[timeSteps];
        var hidden = new Matrix<double>[timeSteps];
        var outputs = new Matrix<double>[timeSteps];
        var h = h0;
        for (int t = 0; t < timeSteps; t++)
        {
            inner[t] = Activations.Apply(activation, Broadcast.AddToRows(xs[t].TransposeAndMultiply(p.U) + h.TransposeAndMultiply(p.W), p.B));
            h = Activations.Apply(activation, Broadcast.AddToRows(inner[t].TransposeAndMultiply(p.U2), p.B2));
            hidden[t] = h;
            outputs[t] = Broadcast.AddToRows(h.TransposeAndMultiply(p.V), p.C);
        }
        return new SequenceTrace(xs.ToArray(), h0, hidden, outputs, activation, inner: inner);
    }

    /// <summary>BPTT through both transition layers of every step.</summary>
    public static Gradients<DeepTransitionParameters> Backward(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, DeepTransitionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        int timeSteps = trace.Inputs.Count;
        var batch = trace.H0.RowCount;
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        RequireSequence.Matches(dOutputs, timeSteps, batch, p.Outputs, nameof(dOutputs), "one per output of the trace, batch × output");

        var dU = Matrix<double>.Build.Dense(p.Inner, p.Inputs);
        var dW = Matrix<double>.Build.Dense(p.Inner, p.Hidden);
        var dB = Vector<double>.Build.Dense(p.Inner);
        var dU2 = Matrix<double>.Build.Dense(p.Hidden, p.Inner);
        var dB2 = Vector<double>.Build.Dense(p.Hidden);
        var dV = Matrix<double>.Build.Dense(p.Outputs, p.Hidden);
        var dC = Vector<double>.Build.Dense(p.Outputs);
        var fromNextStep = Broadcast.Zeros(batch, p.Hidden);

        for (int t = timeSteps - 1; t >= 0; t--)
        {
            dV += dOutputs[t].TransposeThisAndMultiply(trace.Hidden[t]);
            dC += dOutputs[t].ColumnSums();
            var deltaH = dOutputs[t] * p.V + fromNextStep;
            var deltaA2 = deltaH.PointwiseMultiply(Activations.DerivativeFromOutput(trace.Activation, trace.Hidden[t]));
            dU2 += deltaA2.TransposeThisAndMultiply(trace.Inner[t]);
            dB2 += deltaA2.ColumnSums();
            var deltaA1 = (deltaA2 * p.U2).PointwiseMultiply(Activations.DerivativeFromOutput(trace.Activation, trace.Inner[t]));
            dU += deltaA1.TransposeThisAndMultiply(trace.Inputs[t]);
            dW += deltaA1.TransposeThisAndMultiply(t == 0 ? trace.H0 : trace.Hidden[t - 1]);
            dB += deltaA1.ColumnSums();
            fromNextStep = deltaA1 * p.W;
        }
        return new(new DeepTransitionParameters(dU, dW, dB, dU2, dB2, dV, dC), fromNextStep);
    }
}
