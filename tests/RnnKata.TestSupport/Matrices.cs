using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.TestSupport;

/// <summary>
/// The one closeness assertion for double-precision results: same shape, and every entry within
/// |actual − expected| ≤ tolerance·max(1, |expected|) — absolute for entries up to 1, relative beyond.
/// The tolerance is <see cref="Tolerance.ClosedForm"/> unless a test names another. A failure names the first
/// entry that differs (row and column, entry, or step).
/// </summary>
public static class Matrices
{
    /// <summary>Same shape, every entry within <paramref name="tolerance"/>·max(1, |expected|).</summary>
    public static void ShouldBeClose(Matrix<double> actual, Matrix<double> expected, string because, double tolerance = Tolerance.ClosedForm)
    {
        ArgumentNullException.ThrowIfNull(expected);
        actual.Should().NotBeNull(because);
        actual.RowCount.Should().Be(expected.RowCount, $"{because}: rows");
        actual.ColumnCount.Should().Be(expected.ColumnCount, $"{because}: columns");
        for (var r = 0; r < expected.RowCount; r++)
            for (var c = 0; c < expected.ColumnCount; c++)
                EntryShouldBeClose(actual[r, c], expected[r, c], tolerance, $"{because} (row {r}, column {c})");
    }

    /// <summary>Same length, every entry within <paramref name="tolerance"/>·max(1, |expected|).</summary>
    public static void ShouldBeClose(Vector<double> actual, Vector<double> expected, string because, double tolerance = Tolerance.ClosedForm)
    {
        ArgumentNullException.ThrowIfNull(expected);
        actual.Should().NotBeNull(because);
        actual.Count.Should().Be(expected.Count, $"{because}: length");
        for (var i = 0; i < expected.Count; i++)
            EntryShouldBeClose(actual[i], expected[i], tolerance, $"{because} (entry {i})");
    }

    /// <summary>Same length, every entry within <paramref name="tolerance"/>·max(1, |expected|) (flat arrays, such as the engine's references).</summary>
    public static void ShouldBeClose(IReadOnlyList<double> actual, IReadOnlyList<double> expected, string because, double tolerance = Tolerance.ClosedForm)
    {
        ArgumentNullException.ThrowIfNull(expected);
        actual.Should().NotBeNull(because);
        actual.Should().HaveCount(expected.Count, $"{because}: length");
        for (var i = 0; i < expected.Count; i++)
            EntryShouldBeClose(actual[i], expected[i], tolerance, $"{because} (entry {i})");
    }

    /// <summary>Both sequences have one matrix per step, and they agree step by step.</summary>
    public static void ShouldBeClose(IReadOnlyList<Matrix<double>> actual, IReadOnlyList<Matrix<double>> expected, string because, double tolerance = Tolerance.ClosedForm)
    {
        ArgumentNullException.ThrowIfNull(expected);
        actual.Should().NotBeNull(because);
        actual.Should().HaveCount(expected.Count, $"{because}: one matrix per step");
        for (var t = 0; t < expected.Count; t++)
            ShouldBeClose(actual[t], expected[t], $"{because}, step {t}", tolerance);
    }

    /// <summary>Every entry is exactly zero.</summary>
    public static void ShouldBeZero(Matrix<double> actual, string because) =>
        actual.Enumerate().Should().OnlyContain(v => v == 0, because);

    /// <summary>Every entry is exactly zero.</summary>
    public static void ShouldBeZero(Vector<double> actual, string because) =>
        actual.Enumerate().Should().OnlyContain(v => v == 0, because);

    private static void EntryShouldBeClose(double actual, double expected, double tolerance, string because) =>
        actual.Should().BeApproximately(expected, tolerance * Math.Max(1, Math.Abs(expected)), because);
}
