using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06;

/// <summary>
/// Windows of a series, one per row: <paramref name="Inputs"/> is count × T (value t of window i in column t),
/// <paramref name="Targets"/> is count × 1, the value right after each window.
/// </summary>
/// <param name="Inputs">count × T.</param>
/// <param name="Targets">count × 1.</param>
public sealed record WindowSet(Matrix<double> Inputs, Matrix<double> Targets)
{
    /// <summary>Windows in the set.</summary>
    public int Count => Inputs.RowCount;

    /// <summary>T, values per window.</summary>
    public int Steps => Inputs.ColumnCount;

    /// <summary>The windows <paramref name="rows"/>, in that order.</summary>
    public WindowSet Rows(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Matrix<double> Pick(Matrix<double> m) => Matrix<double>.Build.DenseOfRowVectors(rows.Select(m.Row));
        return new WindowSet(Pick(Inputs), Pick(Targets));
    }
}
