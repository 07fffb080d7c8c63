using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>What a deep-output forward pass computed and its backward pass needs (many-to-many).</summary>
public sealed record DeepOutputTrace
{
    /// <summary>Checks that the lengths fit together and holds the trace.</summary>
    /// <param name="inputs"><c>x(t)</c> for t = 0 … T−1, each batch × input.</param>
    /// <param name="h0">The initial hidden state <c>h(−1)</c>, batch × hidden.</param>
    /// <param name="hidden"><c>h(t)</c> for t = 0 … T−1, each batch × hidden.</param>
    /// <param name="inner"><c>z(t)</c> for t = 0 … T−1, each batch × inner.</param>
    /// <param name="outputs"><c>o(t)</c> for t = 0 … T−1, each batch × output.</param>
    /// <param name="activation">The activation <c>f</c> of the hidden and the inner layer.</param>
    /// <exception cref="ArgumentException">The lists have the wrong lengths.</exception>
    public DeepOutputTrace(IReadOnlyList<Matrix<double>> inputs, Matrix<double> h0, IReadOnlyList<Matrix<double>> hidden,
        IReadOnlyList<Matrix<double>> inner, IReadOnlyList<Matrix<double>> outputs, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(h0);
        TraceLengths.Require(inputs, hidden, outputs, SequenceMode.ManyToMany);
        TraceLengths.Require(inputs, inner, outputs, SequenceMode.ManyToMany);
        (Inputs, H0, Hidden, Inner, Outputs, Activation) = (inputs, h0, hidden, inner, outputs, activation);
    }

    /// <summary><c>x(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Inputs { get; }

    /// <summary>The initial hidden state <c>h(−1)</c>.</summary>
    public Matrix<double> H0 { get; }

    /// <summary><c>h(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Hidden { get; }

    /// <summary><c>z(t)</c>, the inner output layer, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Inner { get; }

    /// <summary><c>o(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Outputs { get; }

    /// <summary>The activation <c>f</c>.</summary>
    public Activation Activation { get; }
}
