using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab06;

/// <summary>
/// The lecture's model in double: the given Elman relu layer (<see cref="RecurrentLayer"/>) read at its last step, then
/// your <see cref="DenseReluHead"/>, all parameters in one flat vector (<see cref="InitialParameters"/>'s order). The
/// given training loop runs it; the tests replay the reference solution's float32 training with it.
/// </summary>
public sealed class ReferenceNetwork
{
    private readonly RecurrentLayer _layer;
    private readonly DenseReluHead _head;
    private readonly WindowLayout _layout;

    /// <summary>The network for <paramref name="options"/> and windows of <paramref name="steps"/> values, holding <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="parameters"/> has the wrong length or a NaN or infinity.</exception>
    public ReferenceNetwork(TrainingOptions options, int steps, Vector<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(options);
        var spec = InitialParameters.BodySpec(options, steps);
        int h = spec.Hidden, k = options.HeadHidden;
        _layer = new RecurrentLayer(RecurrentCell.Elman, ElmanActivation.Relu, Matrix<double>.Build.Dense(h, spec.Input),
                                    Matrix<double>.Build.Dense(h, h), Vector<double>.Build.Dense(h), Vector<double>.Build.Dense(h));
        _head = new DenseReluHead(Matrix<double>.Build.Dense(k, h), Vector<double>.Build.Dense(k), Matrix<double>.Build.Dense(1, k), Vector<double>.Build.Dense(1));
        _layout = options.Layout;
        SetParameters(parameters);
    }

    /// <summary>A copy of the parameters, flat.</summary>
    public Vector<double> GetParameters() => Flat(_layer, _head.Weight1, _head.Bias1, _head.Weight2, _head.Bias2);

    /// <summary>Overwrites the parameters from a flat vector.</summary>
    /// <exception cref="ArgumentException">Wrong length, or a NaN or infinity.</exception>
    public void SetParameters(Vector<double> parameters)
    {
        RnnKata.Given.Require.Length(parameters, GetParameters().Count, nameof(parameters));
        RnnKata.Given.Require.Finite(parameters, nameof(parameters));
        int at = 0;
        foreach (var m in new[] { _layer.WeightIh, _layer.WeightHh })
            at = Read(parameters, at, m);
        foreach (var v in new[] { _layer.BiasIh, _layer.BiasHh })
            at = Read(parameters, at, v);
        at = Read(parameters, Read(parameters, at, _head.Weight1), _head.Bias1);
        Read(parameters, Read(parameters, at, _head.Weight2), _head.Bias2);
    }

    /// <summary>The predictions for <paramref name="windows"/> (count × T): count × 1.</summary>
    public Matrix<double> Predict(Matrix<double> windows) => Run(windows).Head.Output;

    /// <summary>The batch's MSE and its gradient with respect to every parameter, flat.</summary>
    public (double Loss, Vector<double> Gradient) LossAndGradient(WindowSet batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var (layerRun, headRun) = Run(batch.Inputs);
        var error = headRun.Output - batch.Targets;
        double loss = Scores.MeanSquaredError(headRun.Output, batch.Targets);
        var grads = _head.Backward(headRun, error * (2.0 / error.RowCount / error.ColumnCount));
        int steps = layerRun.Steps.Count;
        var dHidden = Enumerable.Range(0, steps)
            .Select(t => t == steps - 1 ? grads.Input : Matrix<double>.Build.Dense(grads.Input.RowCount, _layer.Hidden)).ToArray();
        var layerGrad = new RecurrentLayer(_layer.Cell, _layer.Activation, Matrix<double>.Build.Dense(_layer.WeightIh.RowCount, _layer.WeightIh.ColumnCount),
            Matrix<double>.Build.Dense(_layer.Hidden, _layer.Hidden), Vector<double>.Build.Dense(_layer.Hidden), Vector<double>.Build.Dense(_layer.Hidden));
        _layer.Backward(dHidden, layerRun, layerGrad);
        return (loss, Flat(layerGrad, grads.Weight1, grads.Bias1, grads.Weight2, grads.Bias2));
    }

    private (LayerRun Layer, HeadRun Head) Run(Matrix<double> windows)
    {
        var layerRun = _layer.Forward(SeriesWindows.AsSequence(windows, _layout));
        return (layerRun, _head.Forward(layerRun.Hidden[^1]));
    }

    private static Vector<double> Flat(RecurrentLayer l, Matrix<double> w1, Vector<double> b1, Matrix<double> w2, Vector<double> b2) =>
        Vector<double>.Build.DenseOfEnumerable(new[]
        {
            l.WeightIh.ToRowMajorArray(), l.WeightHh.ToRowMajorArray(), l.BiasIh.ToArray(), l.BiasHh.ToArray(),
            w1.ToRowMajorArray(), b1.ToArray(), w2.ToRowMajorArray(), b2.ToArray(),
        }.SelectMany(v => v));

    private static int Read(Vector<double> flat, int at, Matrix<double> m)
    {
        for (int r = 0; r < m.RowCount; r++)
            for (int c = 0; c < m.ColumnCount; c++)
                m[r, c] = flat[at + r * m.ColumnCount + c];
        return at + m.RowCount * m.ColumnCount;
    }

    private static int Read(Vector<double> flat, int at, Vector<double> v)
    {
        flat.CopySubVectorTo(v, at, 0, v.Count);
        return at + v.Count;
    }
}
