using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03.Tests;

/// <summary>The inputs Lab 3's tests feed the cells and layers: seeded normal matrices, zeros, and bad input.</summary>
internal static class SeededInputs
{
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
    public static Matrix<double> Zeros(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns);
}
