using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Given.Recurrent;

/// <summary>
/// Converts between one-value-per-step windows stored one window per row (batch × T, as the labs'
/// data arrives) and the time-major list the layers read (T matrices, each batch × 1).
/// </summary>
public static class Sequences
{
    /// <summary>Column t of <paramref name="windows"/> becomes step t: T matrices, each batch × 1.</summary>
    public static IReadOnlyList<Matrix<double>> FromRows(Matrix<double> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        return Enumerable.Range(0, windows.ColumnCount).Select(t => windows.SubMatrix(0, windows.RowCount, t, 1)).ToArray();
    }

    /// <summary>The inverse of <see cref="FromRows"/>: T matrices of batch × 1 side by side, batch × T.</summary>
    public static Matrix<double> ToRows(IReadOnlyList<Matrix<double>> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
            throw new ArgumentException("There must be at least one step.", nameof(steps));
        return Matrix<double>.Build.DenseOfColumnVectors(steps.Select((s, t) =>
            s.ColumnCount == 1 ? s.Column(0) : throw new ArgumentException($"{nameof(steps)}[{t}] must be batch×1 but is {Require.ShapeOf(s)}.", nameof(steps))));
    }
}
