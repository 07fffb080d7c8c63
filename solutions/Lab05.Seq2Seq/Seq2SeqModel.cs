using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab05;

/// <summary>The seed's encoder–decoder over the given GRU layers (chapter 5, tasks 1 and 2), in double.</summary>
public sealed class Seq2SeqModel
{
    /// <summary>A model over <paramref name="parameters"/> (held, not copied).</summary>
    public Seq2SeqModel(Seq2SeqParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
    }

    /// <summary>The parameters the model reads.</summary>
    public Seq2SeqParameters Parameters { get; }

    private Seq2SeqSpec Spec => Parameters.Spec;

    /// <summary>Encoder over the inputs, decoder from its final states over the decoder inputs, head with scale.</summary>
    public Seq2SeqRun Forward(IReadOnlyList<Matrix<double>> encoderInputs, IReadOnlyList<Matrix<double>> decoderInputs)
    {
        var encoder = Encode(encoderInputs);
        int batch = encoderInputs[0].RowCount;
        RequireSequence(decoderInputs, encoderInputs.Count, batch, nameof(decoderInputs));
        var decoder = new LayerRun[Spec.Layers];
        IReadOnlyList<Matrix<double>> input = decoderInputs;
        for (int l = 0; l < Spec.Layers; l++)
        {
            decoder[l] = Parameters.Decoder[l].Forward(input, encoder[l].Steps[^1].H, Zeros(batch));
            input = decoder[l].Hidden;
        }
        var head = input.Select(Head).ToArray();
        return new Seq2SeqRun(encoder, decoder, head, head.Select(a => a * Parameters.Scale[0]).ToArray());
    }

    /// <summary>The flat gradient of the loss from ∂L/∂ŷ(t).</summary>
    public Vector<double> Backward(Seq2SeqRun run, IReadOnlyList<Matrix<double>> dPredictions)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(dPredictions);
        int steps = run.Predictions.Count, batch = run.Predictions[0].RowCount;
        RequireSequence(dPredictions, steps, batch, nameof(dPredictions), Spec.Output);
        var grad = Seq2SeqParameters.Zeros(Spec);
        var top = run.Decoder[^1].Hidden;
        double scale = Parameters.Scale[0];
        var dTop = new Matrix<double>[steps];
        for (int t = 0; t < steps; t++)
        {
            grad.Scale[0] += dPredictions[t].PointwiseMultiply(run.HeadOutputs[t]).Enumerate().Sum();
            var dA = dPredictions[t] * scale;
            grad.HeadWeight.Add(dA.TransposeThisAndMultiply(top[t]), grad.HeadWeight);
            grad.HeadBias.Add(dA.ColumnSums(), grad.HeadBias);
            dTop[t] = dA * Parameters.HeadWeight;
        }
        var dInitial = new Matrix<double>[Spec.Layers];
        IReadOnlyList<Matrix<double>> d = dTop;
        for (int l = Spec.Layers - 1; l >= 0; l--)
        {
            var g = Parameters.Decoder[l].Backpropagate(d, run.Decoder[l], grad.Decoder[l]);
            (d, dInitial[l]) = (g.DInputs, g.DH0);
        }
        // Each encoder layer's final state feeds its decoder layer: that state's gradient joins the one from the layer above.
        IReadOnlyList<Matrix<double>> fromAbove = Enumerable.Range(0, steps).Select(_ => Zeros(batch)).ToArray();
        for (int l = Spec.Layers - 1; l >= 0; l--)
        {
            var dOutputs = fromAbove.ToArray();
            dOutputs[^1] = dOutputs[^1] + dInitial[l];
            fromAbove = Parameters.Encoder[l].Backpropagate(dOutputs, run.Encoder[l], grad.Encoder[l]).DInputs;
        }
        return grad.ToFlat();
    }

    /// <summary>Predictions where decoder step t reads the prediction of step t − 1 (GO = 0 at t = 0).</summary>
    public IReadOnlyList<Matrix<double>> PredictFreeRunning(IReadOnlyList<Matrix<double>> encoderInputs)
    {
        var encoder = Encode(encoderInputs);
        int batch = encoderInputs[0].RowCount;
        var states = encoder.Select(r => r.Steps[^1].H).ToArray();
        var previous = Matrix<double>.Build.Dense(batch, Spec.Output);
        var predictions = new Matrix<double>[encoderInputs.Count];
        for (int t = 0; t < predictions.Length; t++)
        {
            var input = previous;
            for (int l = 0; l < Spec.Layers; l++)
            {
                states[l] = Parameters.Decoder[l].Forward([input], states[l], Zeros(batch)).Steps[0].H;
                input = states[l];
            }
            predictions[t] = previous = Head(input) * Parameters.Scale[0];
        }
        return predictions;
    }

    private LayerRun[] Encode(IReadOnlyList<Matrix<double>> encoderInputs)
    {
        ArgumentNullException.ThrowIfNull(encoderInputs);
        if (encoderInputs.Count == 0)
            throw new ArgumentException("The encoder needs at least one step.", nameof(encoderInputs));
        ArgumentNullException.ThrowIfNull(encoderInputs[0], $"{nameof(encoderInputs)}[0]");
        RequireSequence(encoderInputs, encoderInputs.Count, encoderInputs[0].RowCount, nameof(encoderInputs));
        var runs = new LayerRun[Spec.Layers];
        IReadOnlyList<Matrix<double>> input = encoderInputs;
        for (int l = 0; l < Spec.Layers; l++)
        {
            runs[l] = Parameters.Encoder[l].Forward(input);
            input = runs[l].Hidden;
        }
        return runs;
    }

    private Matrix<double> Head(Matrix<double> h) => h.TransposeAndMultiply(Parameters.HeadWeight).MapIndexed((_, j, v) => v + Parameters.HeadBias[j]);

    private Matrix<double> Zeros(int batch) => Matrix<double>.Build.Dense(batch, Spec.Hidden);

    private void RequireSequence(IReadOnlyList<Matrix<double>> steps, int count, int batch, string name, int? columns = null)
    {
        ArgumentNullException.ThrowIfNull(steps, name);
        if (steps.Count != count)
            throw new ArgumentException($"{name} must hold {count} steps but holds {steps.Count}.", name);
        for (int t = 0; t < count; t++)
        {
            Require.Shape(steps[t], batch, columns ?? Spec.Input, $"{name}[{t}]");
            Require.Finite(steps[t], $"{name}[{t}]");
        }
    }
}
