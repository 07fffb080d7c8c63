using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab04;

/// <summary>
/// Windows of a series, one per row: <paramref name="Inputs"/> is batch × n (value t of window b in
/// column t), <paramref name="Targets"/> is batch × n for targets shifted one step (COMP3222) or
/// batch × 1 for "n values predict the next" (the LSTM lab, the GRU blog).
/// </summary>
/// <param name="Inputs">batch × n.</param>
/// <param name="Targets">batch × n or batch × 1.</param>
public sealed record WindowBatch(Matrix<double> Inputs, Matrix<double> Targets)
{
    /// <summary>Windows in the batch.</summary>
    public int Count => Inputs.RowCount;

    /// <summary>The windows <paramref name="rows"/>, in that order.</summary>
    public WindowBatch Rows(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Matrix<double> Pick(Matrix<double> m) => Matrix<double>.Build.DenseOfRowVectors(rows.Select(m.Row));
        return new WindowBatch(Pick(Inputs), Pick(Targets));
    }
}
