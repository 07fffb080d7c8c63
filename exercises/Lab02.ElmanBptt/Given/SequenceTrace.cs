using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>
/// What a forward pass over a sequence computed and its backward pass needs (the "cache" of chapter 2):
/// the inputs, the initial state, every hidden state, the extra layer's states (deep networks only) and
/// the outputs. Every network of the lab but the stack returns one.
/// </summary>
public sealed record SequenceTrace
{
    /// <summary>Checks that the lengths fit together and holds the trace.</summary>
    /// <param name="inputs"><c>x(t)</c> for t = 0 … T−1, each batch × input.</param>
    /// <param name="h0">The state the first step reads, batch × state: <c>h(−1)</c> (for a Jordan network, the
    /// initial output <c>o(−1)</c>).</param>
    /// <param name="hidden"><c>h(t) = f(a(t))</c> for t = 0 … T−1, each batch × hidden.</param>
    /// <param name="outputs"><c>o(t)</c>, each batch × output: T of them (many-to-many) or one, <c>o(T−1)</c> (many-to-one).</param>
    /// <param name="activation">The activation <c>f</c> of every layer.</param>
    /// <param name="mode">Where the outputs are.</param>
    /// <param name="inner"><c>z(t)</c> for t = 0 … T−1, each batch × inner: the extra layer of a deep-transition
    /// or deep-output network. Leave it out for the others; <see cref="Inner"/> is then empty.</param>
    /// <exception cref="ArgumentException">The lists have the wrong lengths.</exception>
    public SequenceTrace(IReadOnlyList<Matrix<double>> inputs, Matrix<double> h0, IReadOnlyList<Matrix<double>> hidden,
        IReadOnlyList<Matrix<double>> outputs, Activation activation, SequenceMode mode = SequenceMode.ManyToMany,
        IReadOnlyList<Matrix<double>>? inner = null)
    {
        ArgumentNullException.ThrowIfNull(h0);
        TraceLengths.Require(inputs, hidden, outputs, mode);
        if (inner is not null)
            TraceLengths.Require(inputs, inner, outputs, mode);
        (Inputs, H0, Hidden, Outputs, Activation, Mode, Inner) = (inputs, h0, hidden, outputs, activation, mode, inner ?? []);
    }

    /// <summary><c>x(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Inputs { get; }

    /// <summary>The state the first step reads: <c>h(−1)</c>, or <c>o(−1)</c> for a Jordan network.</summary>
    public Matrix<double> H0 { get; }

    /// <summary><c>h(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Hidden { get; }

    /// <summary><c>o(t)</c> for every t (many-to-many) or only <c>o(T−1)</c> (many-to-one).</summary>
    public IReadOnlyList<Matrix<double>> Outputs { get; }

    /// <summary>The activation <c>f</c>.</summary>
    public Activation Activation { get; }

    /// <summary>Where the outputs are.</summary>
    public SequenceMode Mode { get; }

    /// <summary><c>z(t)</c>, t = 0 … T−1, of a deep network's extra layer; empty for the others.</summary>
    public IReadOnlyList<Matrix<double>> Inner { get; }

    /// <summary>The number of time steps <c>T</c>.</summary>
    public int Steps => Inputs.Count;
}
