using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab05;

/// <summary>A batch of B sequences, time-major as the given layers read them: T seen steps and T steps to predict,
/// each a B × I matrix (the seed's <c>(seq_length, batch_size, output_dim)</c> arrays).</summary>
/// <param name="Inputs">x₀ … x_{T−1}, the seen past.</param>
/// <param name="Targets">y₀ … y_{T−1}, the true future.</param>
public sealed record Seq2SeqBatch(IReadOnlyList<Matrix<double>> Inputs, IReadOnlyList<Matrix<double>> Targets)
{
    /// <summary>T.</summary>
    public int Steps => Inputs.Count;

    /// <summary>B.</summary>
    public int Count => Inputs[0].RowCount;

    /// <summary>I.</summary>
    public int Features => Inputs[0].ColumnCount;

    /// <summary>The decoder's inputs for <paramref name="feed"/>: GO = 0 then the encoder inputs or the targets, shifted by one.</summary>
    public IReadOnlyList<Matrix<double>> DecoderInputs(DecoderFeed feed) =>
        Shifted(feed == DecoderFeed.ShiftedTargets ? Targets : Inputs);

    /// <summary>[0, s₀ … s_{T−2}]: a zero GO step, then <paramref name="steps"/> without its last step.</summary>
    public static IReadOnlyList<Matrix<double>> Shifted(IReadOnlyList<Matrix<double>> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
            throw new ArgumentException("A sequence needs at least one step.", nameof(steps));
        return steps.Take(steps.Count - 1).Prepend(Matrix<double>.Build.Dense(steps[0].RowCount, steps[0].ColumnCount)).ToArray();
    }
}
