using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>What a Jordan forward pass computed and its backward pass needs.</summary>
public sealed record JordanTrace
{
    /// <summary>Checks that the lengths fit together and holds the trace.</summary>
    /// <param name="inputs"><c>x(t)</c> for t = 0 … T−1, each batch × input.</param>
    /// <param name="o0">The initial output <c>o(−1)</c> fed to the first step, batch × output.</param>
    /// <param name="hidden"><c>h(t)</c> for t = 0 … T−1, each batch × hidden.</param>
    /// <param name="outputs"><c>o(t)</c> for t = 0 … T−1, each batch × output (all of them: each one feeds the next step).</param>
    /// <param name="activation">The activation <c>f</c> that produced <paramref name="hidden"/>.</param>
    /// <exception cref="ArgumentException">The lists have the wrong lengths.</exception>
    public JordanTrace(IReadOnlyList<Matrix<double>> inputs, Matrix<double> o0, IReadOnlyList<Matrix<double>> hidden,
        IReadOnlyList<Matrix<double>> outputs, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(o0);
        TraceLengths.Require(inputs, hidden, outputs, SequenceMode.ManyToMany);
        (Inputs, O0, Hidden, Outputs, Activation) = (inputs, o0, hidden, outputs, activation);
    }

    /// <summary><c>x(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Inputs { get; }

    /// <summary>The initial output <c>o(−1)</c>.</summary>
    public Matrix<double> O0 { get; }

    /// <summary><c>h(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Hidden { get; }

    /// <summary><c>o(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Outputs { get; }

    /// <summary>The hidden activation <c>f</c>.</summary>
    public Activation Activation { get; }

    /// <summary>The number of time steps <c>T</c>.</summary>
    public int Steps => Inputs.Count;
}
