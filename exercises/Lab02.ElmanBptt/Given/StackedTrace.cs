using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>What a forward pass through a stack of recurrent layers computed and its backward pass needs.</summary>
public sealed record StackedTrace
{
    /// <summary>Checks that the lengths fit together and holds the trace.</summary>
    /// <param name="inputs"><c>x(t)</c> for t = 0 … T−1, each batch × input.</param>
    /// <param name="h0">Each layer's initial state <c>h_l(−1)</c>, bottom (0) to top.</param>
    /// <param name="hidden"><c>hidden[l][t] = h_l(t)</c>: for each layer, bottom to top, its T states.</param>
    /// <param name="outputs"><c>o(t)</c> from the top layer: T of them (many-to-many) or only <c>o(T−1)</c> (many-to-one).</param>
    /// <param name="activation">The activation <c>f</c> of every layer.</param>
    /// <param name="mode">Where the outputs are.</param>
    /// <exception cref="ArgumentException">The lists have the wrong lengths.</exception>
    public StackedTrace(IReadOnlyList<Matrix<double>> inputs, IReadOnlyList<Matrix<double>> h0,
        IReadOnlyList<IReadOnlyList<Matrix<double>>> hidden, IReadOnlyList<Matrix<double>> outputs, Activation activation, SequenceMode mode)
    {
        ArgumentNullException.ThrowIfNull(h0);
        ArgumentNullException.ThrowIfNull(hidden);
        if (hidden.Count == 0 || hidden.Count != h0.Count)
            throw new ArgumentException($"hidden must hold one list of states per layer ({h0.Count}) but holds {hidden.Count}.", nameof(hidden));
        foreach (var layer in hidden)
            TraceLengths.Require(inputs, layer, outputs, mode, nameof(hidden));
        (Inputs, H0, Hidden, Outputs, Activation, Mode) = (inputs, h0, hidden, outputs, activation, mode);
    }

    /// <summary><c>x(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Inputs { get; }

    /// <summary>Each layer's initial state, bottom (0) to top.</summary>
    public IReadOnlyList<Matrix<double>> H0 { get; }

    /// <summary><c>Hidden[l][t] = h_l(t)</c>.</summary>
    public IReadOnlyList<IReadOnlyList<Matrix<double>>> Hidden { get; }

    /// <summary>The top layer's outputs, every step (many-to-many) or the last one (many-to-one).</summary>
    public IReadOnlyList<Matrix<double>> Outputs { get; }

    /// <summary>The activation of every layer.</summary>
    public Activation Activation { get; }

    /// <summary>Where the outputs are.</summary>
    public SequenceMode Mode { get; }

    /// <summary>The number of time steps <c>T</c>.</summary>
    public int Steps => Inputs.Count;

    /// <summary>The number of layers.</summary>
    public int Depth => H0.Count;
}
