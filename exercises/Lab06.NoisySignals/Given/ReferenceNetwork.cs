using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab06;

/// <summary>
/// The lecture's model in double: the given Elman relu layer (<see cref="RecurrentLayer"/>) read at its last step, then
/// your <see cref="DenseReluHead"/>, all parameters in one flat vector (<see cref="InitialParameters"/>'s order). The
/// given training loop runs it; the tests replay the reference solution's float32 training with it.
/// </summary>
public sealed class ReferenceNetwork(TrainingOptions options, int steps, Vector<double> parameters)
{
    private readonly NetworkSpec _spec = InitialParameters.BodySpec(options, steps);
    private Vector<double> _parameters = Checked(parameters, InitialParameters.BodySpec(options, steps), options.HeadHidden);

    /// <summary>A copy of the parameters, flat.</summary>
    public Vector<double> GetParameters() => _parameters.Clone();

    /// <summary>Overwrites the parameters from a flat vector.</summary>
    /// <exception cref="ArgumentException">Wrong length, or a NaN or infinity.</exception>
    public void SetParameters(Vector<double> parameters) => _parameters = Checked(parameters, _spec, options.HeadHidden);

    /// <summary>The predictions for <paramref name="windows"/> (count × T): count × 1.</summary>
    public Matrix<double> Predict(Matrix<double> windows)
    {
        var (layer, head) = Unpack(_parameters);
        return head.Forward(layer.Forward(SeriesWindows.AsSequence(windows, options.Layout)).Hidden[^1]).Output;
    }

    /// <summary>The batch's MSE and its gradient with respect to every parameter, flat.</summary>
    public (double Loss, Vector<double> Gradient) LossAndGradient(WindowSet batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var (layer, head) = Unpack(_parameters);
        var layerRun = layer.Forward(SeriesWindows.AsSequence(batch.Inputs, options.Layout));
        var headRun = head.Forward(layerRun.Hidden[^1]);
        var grads = head.Backward(headRun, (headRun.Output - batch.Targets) * (2.0 / batch.Targets.RowCount / batch.Targets.ColumnCount));
        // ∂L/∂h reaches the layer at its last step only; BPTT carries it back through the others.
        int last = layerRun.Steps.Count - 1;
        var dHidden = Enumerable.Range(0, last + 1).Select(t => t == last ? grads.Input : Matrix<double>.Build.Dense(grads.Input.RowCount, _spec.Hidden)).ToArray();
        var (layerGrad, _) = Unpack(Vector<double>.Build.Dense(_parameters.Count));
        layer.Backward(dHidden, layerRun, layerGrad);
        var flat = new[] { layerGrad.WeightIh.ToRowMajorArray(), layerGrad.WeightHh.ToRowMajorArray(), layerGrad.BiasIh.ToArray(), layerGrad.BiasHh.ToArray(),
                           grads.Weight1.ToRowMajorArray(), grads.Bias1.ToArray(), grads.Weight2.ToRowMajorArray(), grads.Bias2.ToArray() };
        return (Scores.MeanSquaredError(headRun.Output, batch.Targets), Vector<double>.Build.DenseOfEnumerable(flat.SelectMany(v => v)));
    }

    // The layer and the head built from a flat vector, in the engine's order.
    private (RecurrentLayer Layer, DenseReluHead Head) Unpack(Vector<double> flat)
    {
        int at = 0, h = _spec.Hidden, k = options.HeadHidden;
        Matrix<double> M(int rows, int columns)
        {
            var m = Matrix<double>.Build.Dense(rows, columns, (r, c) => flat[at + r * columns + c]);
            at += rows * columns;
            return m;
        }
        Vector<double> V(int length)
        {
            var v = flat.SubVector(at, length);
            at += length;
            return v;
        }
        var layer = new RecurrentLayer(RecurrentCell.Elman, ElmanActivation.Relu, M(h, _spec.Input), M(h, h), V(h), V(h));
        return (layer, new DenseReluHead(M(k, h), V(k), M(1, k), V(1)));
    }

    private static Vector<double> Checked(Vector<double> parameters, NetworkSpec spec, int headHidden)
    {
        int h = spec.Hidden;
        RnnKata.Given.Require.Length(parameters, h * (spec.Input + h + 2) + headHidden * (h + 2) + 1, nameof(parameters));
        RnnKata.Given.Require.Finite(parameters, nameof(parameters));
        return parameters.Clone();
    }
}
