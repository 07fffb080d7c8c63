using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab05;

/// <summary>
/// Every parameter of a <see cref="Seq2SeqSpec"/> model as tensors, and as one flat vector for the optimizer.
/// Flat order (the engine's too): the encoder's layers, then the decoder's (per layer W_ih, W_hh row by row,
/// b_ih, b_hh; GRU gate blocks r, z, n), then the head's W (O × H, row by row) and b, then the scale s.
/// </summary>
public sealed class Seq2SeqParameters
{
    private Seq2SeqParameters(Seq2SeqSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        Spec = spec;
        Encoder = Stack(spec);
        Decoder = Stack(spec);
        HeadWeight = Matrix<double>.Build.Dense(spec.Output, spec.Hidden);
        HeadBias = Vector<double>.Build.Dense(spec.Output);
        Scale = Vector<double>.Build.Dense(1);
    }

    /// <summary>The sizes.</summary>
    public Seq2SeqSpec Spec { get; }

    /// <summary>The encoder's GRU layers, bottom first.</summary>
    public IReadOnlyList<RecurrentLayer> Encoder { get; }

    /// <summary>The decoder's GRU layers, bottom first.</summary>
    public IReadOnlyList<RecurrentLayer> Decoder { get; }

    /// <summary>W of the head, O × H.</summary>
    public Matrix<double> HeadWeight { get; }

    /// <summary>b of the head, O.</summary>
    public Vector<double> HeadBias { get; }

    /// <summary>The learned output scale s, one entry (the seed's <c>Output_ScaleFactor</c>).</summary>
    public Vector<double> Scale { get; }

    /// <summary>All zeros: a holder for gradients in the same layout.</summary>
    /// <exception cref="ArgumentException">The spec is invalid.</exception>
    public static Seq2SeqParameters Zeros(Seq2SeqSpec spec) => new(spec);

    /// <summary>Parameters from a flat vector.</summary>
    /// <exception cref="ArgumentException">The spec is invalid, or <paramref name="flat"/> has the wrong length or a NaN or infinity.</exception>
    public static Seq2SeqParameters FromFlat(Seq2SeqSpec spec, Vector<double> flat)
    {
        var parameters = new Seq2SeqParameters(spec);
        parameters.SetFlat(flat);
        return parameters;
    }

    /// <summary>
    /// First parameters as the kata starts them (PyTorch's <c>nn.GRU</c> and <c>nn.Linear</c>): every weight and bias
    /// uniform in ±1/√H, drawn in flat order from <c>new Random(seed)</c>; the scale s = 1 (the seed's start).
    /// </summary>
    /// <exception cref="ArgumentException">The spec is invalid.</exception>
    public static Seq2SeqParameters Seeded(Seq2SeqSpec spec, int seed = KataRandom.DefaultSeed)
    {
        var parameters = new Seq2SeqParameters(spec);
        var random = new Random(seed);
        double limit = 1 / Math.Sqrt(spec.Hidden);
        // One draw after another: MathNet may fill a large vector from its init function in parallel, and Random is not thread-safe.
        var values = new double[spec.ParameterCount];
        for (int i = 0; i < values.Length; i++)
            values[i] = (2 * random.NextDouble() - 1) * limit;
        var flat = Vector<double>.Build.DenseOfArray(values);
        flat[^1] = 1;
        parameters.SetFlat(flat);
        return parameters;
    }

    /// <summary>A copy of every parameter, flat.</summary>
    public Vector<double> ToFlat() => Vector<double>.Build.DenseOfEnumerable(Tensors().SelectMany(Values));

    /// <summary>Overwrites every parameter from a flat vector.</summary>
    /// <exception cref="ArgumentException">Wrong length, or a NaN or infinity (the exception names <paramref name="flat"/>).</exception>
    public void SetFlat(Vector<double> flat)
    {
        Require.Length(flat, Spec.ParameterCount, nameof(flat));
        Require.Finite(flat, nameof(flat));
        int at = 0;
        foreach (var tensor in Tensors())
            at = Read(tensor, flat, at);
    }

    /// <summary>1 where <paramref name="scope"/> puts a parameter under the L2 term, 0 elsewhere, in flat order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is not an <see cref="L2Scope"/>.</exception>
    public Vector<double> L2Mask(L2Scope scope)
    {
        if (!Enum.IsDefined(scope))
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Choose RecurrentWeights or AllButOutputScale.");
        var recurrentWeights = Encoder.Concat(Decoder).SelectMany(l => new object[] { l.WeightIh, l.WeightHh }).ToHashSet();
        return Vector<double>.Build.DenseOfEnumerable(Tensors().SelectMany(t =>
        {
            bool covered = scope == L2Scope.AllButOutputScale ? !ReferenceEquals(t, Scale) : recurrentWeights.Contains(t);
            return Values(t).Select(_ => covered ? 1.0 : 0.0);
        }));
    }

    private static RecurrentLayer[] Stack(Seq2SeqSpec spec) => Enumerable.Range(0, spec.Layers).Select(l => new RecurrentLayer(
        RecurrentCell.Gru, ElmanActivation.Tanh,
        Matrix<double>.Build.Dense(3 * spec.Hidden, l == 0 ? spec.Input : spec.Hidden), Matrix<double>.Build.Dense(3 * spec.Hidden, spec.Hidden),
        Vector<double>.Build.Dense(3 * spec.Hidden), Vector<double>.Build.Dense(3 * spec.Hidden))).ToArray();

    private IEnumerable<object> Tensors() =>
        Encoder.Concat(Decoder).SelectMany(l => new object[] { l.WeightIh, l.WeightHh, l.BiasIh, l.BiasHh })
               .Append(HeadWeight).Append(HeadBias).Append(Scale);

    private static IEnumerable<double> Values(object tensor) =>
        tensor is Matrix<double> m ? m.EnumerateRows().SelectMany(r => r) : (Vector<double>)tensor;

    private static int Read(object tensor, Vector<double> flat, int at)
    {
        if (tensor is Matrix<double> m)
        {
            for (int r = 0; r < m.RowCount; r++)
                for (int c = 0; c < m.ColumnCount; c++)
                    m[r, c] = flat[at++];
            return at;
        }
        var v = (Vector<double>)tensor;
        flat.CopySubVectorTo(v, at, 0, v.Count);
        return at + v.Count;
    }
}
