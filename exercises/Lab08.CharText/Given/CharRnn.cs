using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab08;

/// <summary>
/// min-char-rnn's network in double (given: Labs 2–3 taught the cell): one Elman tanh layer of H units reading one-hot
/// characters, and a linear head <c>y = h·W_hyᵀ + b_y</c> on every step, logits over the V characters. Parameters flat
/// in the engine's order: W_ih (H × V), W_hh (H × H), b_ih, b_hh, then W_hy (V × H) and b_y, as <see cref="RecurrentModel"/>.
/// </summary>
public sealed class CharRnn
{
    private readonly NetworkSpec _spec;
    private RecurrentLayer _layer;
    private Matrix<double> _headWeight;
    private Vector<double> _headBias;

    /// <summary>A network of <paramref name="hidden"/> units over <paramref name="vocabulary"/> characters with the given flat parameters.</summary>
    /// <exception cref="ArgumentException">A size is below 1, or the parameters have the wrong length or hold NaN or infinity.</exception>
    public CharRnn(int vocabulary, int hidden, Vector<double> parameters)
    {
        _spec = Spec(vocabulary, hidden);
        (_layer, _headWeight, _headBias) = Unpack(parameters);
    }

    /// <summary>V, characters in and out.</summary>
    public int Vocabulary => _spec.Input;

    /// <summary>H, hidden units.</summary>
    public int Hidden => _spec.Hidden;

    /// <summary>The shape as a <see cref="NetworkSpec"/> (Elman tanh, every step, V in and out).</summary>
    public static NetworkSpec Spec(int vocabulary, int hidden)
    {
        var spec = new NetworkSpec(RecurrentCell.Elman, hidden, Readout: Readout.EveryStep, Input: vocabulary, Output: vocabulary);
        spec.Validate();
        return spec;
    }

    /// <summary>The first parameters: <see cref="RecurrentModel.Seeded"/>'s PyTorch ranges U(±1/√H) from <paramref name="seed"/>.</summary>
    public static Vector<double> Seeded(int vocabulary, int hidden, int seed) => RecurrentModel.Seeded(Spec(vocabulary, hidden), seed).GetParameters();

    /// <summary>A copy of the parameters, flat.</summary>
    public Vector<double> GetParameters() => Flatten(_layer, _headWeight, _headBias);

    /// <summary>Overwrites the parameters.</summary>
    /// <exception cref="ArgumentException">Wrong length, or a NaN or infinity.</exception>
    public void SetParameters(Vector<double> parameters) => (_layer, _headWeight, _headBias) = Unpack(parameters);

    /// <summary>Runs over <paramref name="xs"/> (T steps, each batch × V) from <paramref name="h0"/> (batch × H); logits at every step.</summary>
    /// <exception cref="ArgumentException">A step or the state has the wrong shape (the exception names it).</exception>
    public CharRun Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0)
    {
        ArgumentNullException.ThrowIfNull(h0);
        var run = _layer.Forward(xs, h0, h0.Clone());
        var logits = run.Hidden.Select(h => h.TransposeAndMultiply(_headWeight).MapIndexed((_, j, v) => v + _headBias[j])).ToArray();
        return new CharRun(run, logits);
    }

    /// <summary>The gradient of a loss with respect to every parameter, flat, from ∂L/∂logits of every step (shaped like <see cref="CharRun.Logits"/>).
    /// h0 is a constant: nothing flows into it.</summary>
    /// <exception cref="ArgumentException"><paramref name="dLogits"/> does not hold one batch × V gradient per step.</exception>
    public Vector<double> Backward(CharRun run, IReadOnlyList<Matrix<double>> dLogits)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(dLogits);
        if (dLogits.Count != run.Logits.Count)
            throw new ArgumentException($"{nameof(dLogits)} must hold {run.Logits.Count} gradients, one per step, but holds {dLogits.Count}.", nameof(dLogits));
        var (layer, weight, bias) = Unpack(Vector<double>.Build.Dense(Count()));
        var hidden = run.Layer.Hidden;
        var dHidden = new Matrix<double>[hidden.Count];
        for (int t = 0; t < hidden.Count; t++)
        {
            Require.Shape(dLogits[t], run.Logits[t].RowCount, Vocabulary, $"{nameof(dLogits)}[{t}]");
            weight.Add(dLogits[t].TransposeThisAndMultiply(hidden[t]), weight);
            bias.Add(dLogits[t].ColumnSums(), bias);
            dHidden[t] = dLogits[t] * _headWeight;
        }
        _layer.Backward(dHidden, run.Layer, layer);
        return Flatten(layer, weight, bias);
    }

    private (RecurrentLayer Layer, Matrix<double> HeadWeight, Vector<double> HeadBias) Unpack(Vector<double> parameters)
    {
        Require.Length(parameters, Count(), nameof(parameters));
        Require.Finite(parameters, nameof(parameters));
        var (v, h) = (_spec.Input, _spec.Hidden);
        int at = 0;
        Matrix<double> M(int rows, int columns) { var m = Matrix<double>.Build.DenseOfRowMajor(rows, columns, parameters.Skip(at).Take(rows * columns)); at += rows * columns; return m; }
        Vector<double> V(int length) { var x = parameters.SubVector(at, length); at += length; return x; }
        var layer = new RecurrentLayer(RecurrentCell.Elman, ElmanActivation.Tanh, M(h, v), M(h, h), V(h), V(h));
        return (layer, M(v, h), V(v));
    }

    private int Count() => _spec.Hidden * (_spec.Input + _spec.Hidden + 2) + _spec.Output * (_spec.Hidden + 1);

    private static Vector<double> Flatten(RecurrentLayer layer, Matrix<double> headWeight, Vector<double> headBias) =>
        Vector<double>.Build.DenseOfEnumerable(new[] { layer.WeightIh.ToRowMajorArray(), layer.WeightHh.ToRowMajorArray(), layer.BiasIh.ToArray(), layer.BiasHh.ToArray(),
                                                       headWeight.ToRowMajorArray(), headBias.ToArray() }.SelectMany(a => a));
}

/// <summary>A run of <see cref="CharRnn.Forward"/>: the layer's caches and the logits of every step.</summary>
/// <param name="Layer">The recurrent layer's run (its <see cref="LayerRun.Hidden"/> holds h of every step).</param>
/// <param name="Logits">T matrices, each batch × V.</param>
public sealed record CharRun(LayerRun Layer, IReadOnlyList<Matrix<double>> Logits);
