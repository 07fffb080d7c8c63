using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>
/// What an Elman forward pass computed and the backward pass needs (the "cache" of chapter 2):
/// the inputs, the initial state, every hidden state and the outputs.
/// </summary>
public sealed record ElmanTrace
{
    /// <summary>Checks that the lengths fit together and holds the trace.</summary>
    /// <param name="inputs"><c>x(t)</c> for t = 0 … T−1, each batch × input.</param>
    /// <param name="h0">The initial state <c>h(−1)</c>, batch × hidden.</param>
    /// <param name="hidden"><c>h(t) = f(a(t))</c> for t = 0 … T−1, each batch × hidden.</param>
    /// <param name="outputs"><c>o(t)</c>, each batch × output: T of them (many-to-many) or one, <c>o(T−1)</c> (many-to-one).</param>
    /// <param name="activation">The activation <c>f</c> that produced <paramref name="hidden"/>.</param>
    /// <param name="mode">Where the outputs are.</param>
    /// <exception cref="ArgumentException">The lists have the wrong lengths.</exception>
    public ElmanTrace(IReadOnlyList<Matrix<double>> inputs, Matrix<double> h0, IReadOnlyList<Matrix<double>> hidden,
        IReadOnlyList<Matrix<double>> outputs, Activation activation, SequenceMode mode)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(h0);
        TraceLengths.Require(inputs, hidden, outputs, mode);
        (Inputs, H0, Hidden, Outputs, Activation, Mode) = (inputs, h0, hidden, outputs, activation, mode);
    }

    /// <summary><c>x(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Inputs { get; }

    /// <summary>The initial hidden state <c>h(−1)</c>.</summary>
    public Matrix<double> H0 { get; }

    /// <summary><c>h(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Hidden { get; }

    /// <summary><c>o(t)</c> for every t (many-to-many) or only <c>o(T−1)</c> (many-to-one).</summary>
    public IReadOnlyList<Matrix<double>> Outputs { get; }

    /// <summary>The hidden activation <c>f</c>.</summary>
    public Activation Activation { get; }

    /// <summary>Where the outputs are.</summary>
    public SequenceMode Mode { get; }

    /// <summary>The number of time steps <c>T</c>.</summary>
    public int Steps => Inputs.Count;
}
