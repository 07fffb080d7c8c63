using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Engine.Tests.Support;

/// <summary>
/// A model's head in double precision from a flat θ: [Linear(in → hidden) → relu →] Linear(→ out) [→ times s], with
/// Lab 3's <see cref="Lab03.Linear"/> and relu written out. Tensors in θ's order: the hidden layer's W, b, the output
/// layer's W, b, then s.
/// </summary>
public sealed class ReferenceHead
{
    private readonly int _offset;
    private readonly Matrix<double>? _hiddenWeight;
    private readonly Vector<double>? _hiddenBias;
    private readonly int _outputOffset;
    private readonly Matrix<double> _weight;
    private readonly Vector<double> _bias;
    private readonly int? _scaleOffset;
    private readonly double _scale = 1;
    private Matrix<double> _inputs = null!;
    private Matrix<double>? _activations;
    private Matrix<double> _unscaled = null!;

    /// <summary>The head whose tensors start at <paramref name="offset"/>; <paramref name="hidden"/> 0 means no hidden layer.</summary>
    public ReferenceHead(double[] theta, int offset, int input, int hidden, int output, bool learnedScale)
    {
        _offset = offset;
        var at = offset;
        var outputInput = input;
        if (hidden > 0)
        {
            (_hiddenWeight, _hiddenBias, at) = Linear(theta, at, input, hidden);
            outputInput = hidden;
        }
        _outputOffset = at;
        (_weight, _bias, at) = Linear(theta, at, outputInput, output);
        if (learnedScale)
            (_scaleOffset, _scale) = (at, theta[at]);
    }

    /// <summary>Floats of the head's tensors.</summary>
    public static int Length(int input, int hidden, int output, bool learnedScale) =>
        (hidden > 0 ? hidden * input + hidden + output * hidden : output * input) + output + (learnedScale ? 1 : 0);

    /// <summary>The named tensors of a head starting at <paramref name="offset"/>.</summary>
    public static IEnumerable<ReferenceModel.Tensor> Tensors(int offset, int input, int hidden, int output, bool learnedScale)
    {
        var outputInput = input;
        if (hidden > 0)
        {
            yield return new("head_hidden.weight", offset, hidden * input);
            yield return new("head_hidden.bias", offset + hidden * input, hidden);
            offset += hidden * input + hidden;
            outputInput = hidden;
        }
        yield return new("head.weight", offset, output * outputInput);
        yield return new("head.bias", offset + output * outputInput, output);
        if (learnedScale)
            yield return new("output_scale", offset + output * outputInput + output, 1);
    }

    /// <summary>The predictions for the rows of <paramref name="inputs"/>.</summary>
    public Matrix<double> Forward(Matrix<double> inputs)
    {
        _inputs = inputs;
        var x = inputs;
        if (_hiddenWeight is not null)
            x = _activations = Lab03.Linear.Forward(inputs, _hiddenWeight, _hiddenBias!).Map(v => Math.Max(v, 0));
        _unscaled = Lab03.Linear.Forward(x, _weight, _bias);
        return _unscaled * _scale;
    }

    /// <summary>Adds the head's parameter gradients into <paramref name="gradient"/>; returns ∂L/∂inputs.</summary>
    public Matrix<double> Backward(Matrix<double> dPredictions, double[] gradient)
    {
        if (_scaleOffset is { } s)
            gradient[s] += dPredictions.PointwiseMultiply(_unscaled).Enumerate().Sum();
        var dUnscaled = dPredictions * _scale;
        var output = Lab03.Linear.Backward(dUnscaled, _activations ?? _inputs, _weight);
        Add(gradient, _outputOffset, output.DWeight, output.DBias);
        if (_hiddenWeight is null)
            return output.DX;
        var dPreActivation = output.DX.PointwiseMultiply(_activations!.Map(v => v > 0 ? 1.0 : 0.0));
        var hidden = Lab03.Linear.Backward(dPreActivation, _inputs, _hiddenWeight);
        Add(gradient, _offset, hidden.DWeight, hidden.DBias);
        return hidden.DX;
    }

    private static (Matrix<double> Weight, Vector<double> Bias, int Next) Linear(double[] theta, int offset, int input, int output) =>
        (Matrix<double>.Build.Dense(output, input, (r, c) => theta[offset + r * input + c]),
         Vector<double>.Build.Dense(output, i => theta[offset + output * input + i]),
         offset + output * input + output);

    private static void Add(double[] gradient, int offset, Matrix<double> dWeight, Vector<double> dBias)
    {
        foreach (var value in ReferenceLayer.Flat(dWeight).Concat(dBias))
            gradient[offset++] += value;
    }
}
