using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>Reference solution of Tasks 14 and 15: a stack of recurrent layers.</summary>
public static class StackedElman
{
    /// <summary>Each layer over the whole sequence, bottom first; the output layer reads the top layer.</summary>
    public static StackedTrace Forward(IReadOnlyList<Matrix<double>> xs, IReadOnlyList<Matrix<double>> h0, StackedParameters parameters,
        Activation activation, SequenceMode mode = SequenceMode.ManyToMany)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        var batch = RequireSequence.Steps(xs, parameters.Inputs, nameof(xs), "one column per input");
        RequireInitialStates(h0, batch, parameters);

        int timeSteps = xs.Count;
        int layerCount = parameters.Depth;
        var hidden = new IReadOnlyList<Matrix<double>>[layerCount];
        var below = xs;
        for (int l = 0; l < layerCount; l++)
        {
            var states = new Matrix<double>[timeSteps];
            var h = h0[l];
            for (int t = 0; t < timeSteps; t++)
            {
                h = ElmanNetwork.Step(below[t], h, parameters.Layers[l], activation);
                states[t] = h;
            }
            hidden[l] = states;
            below = states;
        }

        var outputs = new List<Matrix<double>>();
        for (int t = 0; t < timeSteps; t++)
            if (mode == SequenceMode.ManyToMany || t == timeSteps - 1)
                outputs.Add(Broadcast.AddToRows(below[t].TransposeAndMultiply(parameters.V), parameters.C));
        return new StackedTrace(xs.ToArray(), h0.ToArray(), hidden, outputs, activation, mode);
    }

    /// <summary>BPTT through the stack, top layer first.</summary>
    public static StackedGradients Backward(StackedTrace trace, IReadOnlyList<Matrix<double>> dOutputs, StackedParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(parameters);
        int timeSteps = trace.Steps;
        int layerCount = parameters.Depth;
        var batch = trace.Inputs[0].RowCount;
        RequireSequence.Matches(dOutputs, trace.Outputs.Count, batch, parameters.Outputs, nameof(dOutputs),
            // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
            "one per output of the trace, batch × output");

        // The output layer: DV, DC, and what it sends down to the top layer at each step.
        var top = trace.Hidden[layerCount - 1];
        var dV = Matrix<double>.Build.Dense(parameters.Outputs, top[0].ColumnCount);
        var dC = Vector<double>.Build.Dense(parameters.Outputs);
        var fromAbove = new Matrix<double>[timeSteps];
        for (int t = timeSteps - 1; t >= 0; t--)
        {
            fromAbove[t] = Broadcast.Zeros(batch, top[0].ColumnCount);
            var index = trace.Mode == SequenceMode.ManyToMany ? t : t == timeSteps - 1 ? 0 : -1;
            if (index < 0)
                continue;
            dV += dOutputs[index].TransposeThisAndMultiply(top[t]);
            dC += dOutputs[index].ColumnSums();
            fromAbove[t] = dOutputs[index] * parameters.V;
        }

        var layers = new LayerParameters[layerCount];
        var dH0 = new Matrix<double>[layerCount];
        for (int l = layerCount - 1; l >= 0; l--)
        {
            var layer = parameters.Layers[l];
            var states = trace.Hidden[l];
            var dU = Matrix<double>.Build.Dense(layer.Hidden, layer.Inputs);
            var dW = Matrix<double>.Build.Dense(layer.Hidden, layer.Hidden);
            var dB = Vector<double>.Build.Dense(layer.Hidden);
            var toBelow = new Matrix<double>[timeSteps];
            var fromNextStep = Broadcast.Zeros(batch, layer.Hidden);
            for (int t = timeSteps - 1; t >= 0; t--)
            {
                var deltaA = (fromAbove[t] + fromNextStep).PointwiseMultiply(Activations.DerivativeFromOutput(trace.Activation, states[t]));
                dU += deltaA.TransposeThisAndMultiply(l == 0 ? trace.Inputs[t] : trace.Hidden[l - 1][t]);
                dW += deltaA.TransposeThisAndMultiply(t == 0 ? trace.H0[l] : states[t - 1]);
                dB += deltaA.ColumnSums();
                fromNextStep = deltaA * layer.W;
                toBelow[t] = deltaA * layer.U;
            }
            layers[l] = new LayerParameters(dU, dW, dB);
            dH0[l] = fromNextStep;
            fromAbove = toBelow;
        }
        return new StackedGradients(new StackedParameters(layers, dV, dC), dH0);
    }

    private static void RequireInitialStates(IReadOnlyList<Matrix<double>> h0, int batch, StackedParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(h0);
        if (h0.Count != parameters.Depth)
            throw new ArgumentException($"h0 must hold one initial state per layer ({parameters.Depth}) but holds {h0.Count}.", nameof(h0));
        for (var l = 0; l < h0.Count; l++)
        {
            var hidden = parameters.Layers[l].Hidden;
            if (h0[l] is null || h0[l].RowCount != batch || h0[l].ColumnCount != hidden)
                throw new ArgumentException(
                    $"h0[{l}] must be {batch}×{hidden} (batch × the hidden units of layer {l}) but is {(h0[l] is null ? "null" : Require.ShapeOf(h0[l]))}.", nameof(h0));
            Require.Finite(h0[l], nameof(h0));
        }
    }
}
