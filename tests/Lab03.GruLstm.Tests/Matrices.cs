using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

internal static class Matrices
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;

    /// <summary>Same shape, every entry within <see cref="Tolerance.ClosedForm"/>; the message shows the first difference.</summary>
    public static void ShouldBeClose(Matrix<double> actual, Matrix<double> expected, string because)
    {
        actual.RowCount.Should().Be(expected.RowCount, because);
        actual.ColumnCount.Should().Be(expected.ColumnCount, because);
        for (var r = 0; r < expected.RowCount; r++)
            for (var c = 0; c < expected.ColumnCount; c++)
                actual[r, c].Should().BeApproximately(expected[r, c], Tolerance.ClosedForm, $"{because} (row {r}, column {c})");
    }

    /// <summary>Same length, every entry within <see cref="Tolerance.ClosedForm"/>.</summary>
    public static void ShouldBeClose(Vector<double> actual, Vector<double> expected, string because)
    {
        actual.Count.Should().Be(expected.Count, because);
        for (var i = 0; i < expected.Count; i++)
            actual[i].Should().BeApproximately(expected[i], Tolerance.ClosedForm, $"{because} (entry {i})");
    }

    /// <summary>Both sequences have the same length and agree step by step.</summary>
    public static void ShouldBeClose(IReadOnlyList<Matrix<double>> actual, IReadOnlyList<Matrix<double>> expected, string because)
    {
        actual.Should().HaveCount(expected.Count, because);
        for (var t = 0; t < expected.Count; t++)
            ShouldBeClose(actual[t], expected[t], $"{because}, time step {t}");
    }

    /// <summary>The largest absolute difference between two matrices of the same shape.</summary>
    public static double MaxDifference(Matrix<double> a, Matrix<double> b) => (a - b).Enumerate().Max(Math.Abs);

    /// <summary>A seeded normal matrix, scaled.</summary>
    public static Matrix<double> Normal(int rows, int columns, int seed, double scale = 1.0) =>
        Given.KataRandom.Normal(rows, columns, seed, scale);

    /// <summary>A seeded normal vector.</summary>
    public static Vector<double> NormalVector(int length, int seed, double scale = 1.0) =>
        Given.KataRandom.Normal(length, 1, seed, scale).Column(0);

    /// <summary>A sequence of T seeded normal matrices, batch × columns.</summary>
    public static Matrix<double>[] Sequence(int steps, int batch, int columns, int seed, double scale = 1.0) =>
        Enumerable.Range(0, steps).Select(t => Normal(batch, columns, seed + 17 * t, scale)).ToArray();

    /// <summary>A copy of <paramref name="m"/> whose last row starts with <paramref name="bad"/> (NaN unless given): input for the bad-input tests.</summary>
    public static Matrix<double> WithNaN(Matrix<double> m, double bad = double.NaN)
    {
        var copy = m.Clone();
        copy[copy.RowCount - 1, 0] = bad;
        return copy;
    }

    /// <summary>An all-zero matrix.</summary>
    public static Matrix<double> Zeros(int rows, int columns) => M.Dense(rows, columns);

    /// <summary>⟨a, b⟩: the sum of the entry-by-entry products.</summary>
    public static double Dot(Matrix<double> a, Matrix<double> b) => a.PointwiseMultiply(b).Enumerate().Sum();

    /// <summary>Σₜ ⟨a[t], b[t]⟩.</summary>
    public static double Dot(IReadOnlyList<Matrix<double>> a, IReadOnlyList<Matrix<double>> b) =>
        a.Zip(b, Dot).Sum();

    /// <summary>Element-wise sum of the matrices of a sequence.</summary>
    public static Matrix<double> Sum(IEnumerable<Matrix<double>> matrices) => matrices.Aggregate((a, b) => a + b);
}
