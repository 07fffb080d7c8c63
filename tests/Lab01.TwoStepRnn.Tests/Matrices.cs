using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab01.Tests;

internal static class Matrices
{
    /// <summary>Same shape, every entry within <see cref="Tolerance.ClosedForm"/>; the message shows the first difference.</summary>
    public static void ShouldBeClose(Matrix<double> actual, Matrix<double> expected, string because)
    {
        actual.RowCount.Should().Be(expected.RowCount, because);
        actual.ColumnCount.Should().Be(expected.ColumnCount, because);
        for (var r = 0; r < expected.RowCount; r++)
            for (var c = 0; c < expected.ColumnCount; c++)
                actual[r, c].Should().BeApproximately(expected[r, c], Tolerance.ClosedForm, $"{because} (row {r}, column {c})");
    }

    public static bool RowsEqual(Matrix<double> a, Matrix<double> b, int row) =>
        a.Row(row).Equals(b.Row(row));
}
