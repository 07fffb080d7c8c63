using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

internal static class Matrices
{
    /// <summary>Same shape, every entry within <see cref="Tolerance.ClosedForm"/> (relative to the entry's size when it exceeds 1).</summary>
    public static void ShouldBeClose(Matrix<double> actual, Matrix<double> expected, string because)
    {
        actual.Should().NotBeNull(because);
        actual.RowCount.Should().Be(expected.RowCount, $"{because}: rows");
        actual.ColumnCount.Should().Be(expected.ColumnCount, $"{because}: columns");
        for (var r = 0; r < expected.RowCount; r++)
            for (var c = 0; c < expected.ColumnCount; c++)
                actual[r, c].Should().BeApproximately(expected[r, c], Tolerance.ClosedForm * Math.Max(1, Math.Abs(expected[r, c])),
                    $"{because} (row {r}, column {c})");
    }

    public static void ShouldBeClose(Vector<double> actual, Vector<double> expected, string because)
    {
        actual.Should().NotBeNull(because);
        actual.Count.Should().Be(expected.Count, $"{because}: length");
        for (var i = 0; i < expected.Count; i++)
            actual[i].Should().BeApproximately(expected[i], Tolerance.ClosedForm * Math.Max(1, Math.Abs(expected[i])), $"{because} (entry {i})");
    }

    public static void ShouldBeClose(IReadOnlyList<Matrix<double>> actual, IReadOnlyList<Matrix<double>> expected, string because)
    {
        actual.Should().NotBeNull(because);
        actual.Should().HaveCount(expected.Count, $"{because}: one matrix per step");
        for (var t = 0; t < expected.Count; t++)
            ShouldBeClose(actual[t], expected[t], $"{because}, step {t}");
    }

    public static void ShouldBeZero(Matrix<double> actual, string because) =>
        actual.Enumerate().Should().OnlyContain(v => v == 0, because);

    public static void ShouldBeZero(Vector<double> actual, string because) =>
        actual.Enumerate().Should().OnlyContain(v => v == 0, because);
}
