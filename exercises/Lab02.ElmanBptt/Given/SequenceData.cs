using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>A batch of input sequences with a target at every step (many-to-many).</summary>
public sealed record SequenceData
{
    /// <summary>Checks and holds the data.</summary>
    /// <param name="inputs"><c>x(t)</c> for t = 0 … T−1, each batch × input.</param>
    /// <param name="targets"><c>y(t)</c> for t = 0 … T−1, each batch × output.</param>
    /// <exception cref="ArgumentException">The sequences are empty, differ in length or batch, or hold NaN or infinity.</exception>
    public SequenceData(IReadOnlyList<Matrix<double>> inputs, IReadOnlyList<Matrix<double>> targets)
    {
        var (batch, _) = RequireSequence.Shape(inputs, nameof(inputs));
        var (_, columns) = RequireSequence.Shape(targets, nameof(targets));
        RequireSequence.Matches(targets, inputs.Count, batch, columns, nameof(targets), "one target per input step");
        (Inputs, Targets) = (inputs.ToArray(), targets.ToArray());
    }

    /// <summary><c>x(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Inputs { get; }

    /// <summary><c>y(t)</c>, t = 0 … T−1.</summary>
    public IReadOnlyList<Matrix<double>> Targets { get; }

    /// <summary>The number of time steps <c>T</c>.</summary>
    public int Steps => Inputs.Count;

    /// <summary>The number of sequences in the batch.</summary>
    public int Batch => Inputs[0].RowCount;
}
