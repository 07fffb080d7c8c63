using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>Reference solution of Tasks 12 and 13: the Jordan network, which feeds back its output.</summary>
public static class JordanNetwork
{
    /// <summary><c>H(t) = f(X(t)·Uᵀ + O(t−1)·Wᵀ + 1·bᵀ)</c>, <c>O(t) = H(t)·Vᵀ + 1·cᵀ</c>, from <c>O(−1) = o0</c>.</summary>
    public static SequenceTrace Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> o0, JordanParameters parameters, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        var batch = RequireSequence.Steps(xs, parameters.Inputs, nameof(xs), "one column per input");
        Require.Shape(o0, batch, parameters.Outputs, nameof(o0));
        Require.Finite(o0, nameof(o0));

        int timeSteps = xs.Count;
        var hidden = new Matrix<double>[timeSteps];
        var outputs = new Matrix<double>[timeSteps];
        var o = o0;
        for (int t = 0; t < timeSteps; t++)
        {
            var a = xs[t].TransposeAndMultiply(parameters.U) + o.TransposeAndMultiply(parameters.W);
            hidden[t] = Activations.Apply(activation, Broadcast.AddToRows(a, parameters.B));
            o = Broadcast.AddToRows(hidden[t].TransposeAndMultiply(parameters.V), parameters.C);
            outputs[t] = o;
        }
        return new SequenceTrace(xs.ToArray(), o0, hidden, outputs, activation);
    }

    /// <summary>BPTT through the output feedback.</summary>
    public static Gradients<JordanParameters> Backward(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, JordanParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        int timeSteps = trace.Steps;
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        RequireSequence.Matches(dOutputs, timeSteps, trace.H0.RowCount, p.Outputs, nameof(dOutputs), "one per output of the trace, batch × output");

        var dU = Matrix<double>.Build.Dense(p.Hidden, p.Inputs);
        var dW = Matrix<double>.Build.Dense(p.Hidden, p.Outputs);
        var dV = Matrix<double>.Build.Dense(p.Outputs, p.Hidden);
        var dB = Vector<double>.Build.Dense(p.Hidden);
        var dC = Vector<double>.Build.Dense(p.Outputs);
        // δA(t+1)·W: what step t+1 sends back to the output O(t) it read.
        var fromNextStep = Broadcast.Zeros(trace.H0.RowCount, p.Outputs);

        for (int t = timeSteps - 1; t >= 0; t--)
        {
            var deltaO = dOutputs[t] + fromNextStep;
            dV += deltaO.TransposeThisAndMultiply(trace.Hidden[t]);
            dC += deltaO.ColumnSums();
            var deltaA = (deltaO * p.V).PointwiseMultiply(Activations.DerivativeFromOutput(trace.Activation, trace.Hidden[t]));
            dU += deltaA.TransposeThisAndMultiply(trace.Inputs[t]);
            dW += deltaA.TransposeThisAndMultiply(t == 0 ? trace.H0 : trace.Outputs[t - 1]);
            dB += deltaA.ColumnSums();
            fromNextStep = deltaA * p.W;
        }
        return new(new JordanParameters(dU, dW, dB, dV, dC), fromNextStep);
    }
}
