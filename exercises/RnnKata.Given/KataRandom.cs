using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Given;

/// <summary>
/// Seeded random numbers. Every run of the kata, on every machine, sees the same numbers, so a
/// test can compare your results with fixed expectations. Use this instead of <c>new Random()</c>.
/// </summary>
public static class KataRandom
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 42;

    /// <summary>A generator that always produces the same sequence for the same seed.</summary>
    public static Random Create(int seed = DefaultSeed) => new(seed);

    /// <summary>A rows × columns matrix of independent normal samples (mean 0).</summary>
    /// <param name="rows">Number of rows, at least 1.</param>
    /// <param name="columns">Number of columns, at least 1.</param>
    /// <param name="seed">The seed: the same seed gives the same matrix.</param>
    /// <param name="standardDeviation">Spread of the samples, positive.</param>
    public static Matrix<double> Normal(int rows, int columns, int seed = DefaultSeed, double standardDeviation = 1.0)
    {
        RequireSize(rows, columns);
        if (!(standardDeviation > 0) || double.IsInfinity(standardDeviation))
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "The standard deviation must be a positive finite number.");

        var random = Create(seed);
        // Filled row by row so that the numbers read in the same order as they are printed.
        var values = new double[rows, columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                values[r, c] = standardDeviation * StandardNormal(random);
        return Matrix<double>.Build.DenseOfArray(values);
    }

    /// <summary>A rows × columns matrix of samples drawn uniformly from [low, high).</summary>
    public static Matrix<double> Uniform(int rows, int columns, double low, double high, int seed = DefaultSeed)
    {
        RequireSize(rows, columns);
        if (!(low < high) || double.IsInfinity(low) || double.IsInfinity(high))
            throw new ArgumentException($"Need finite bounds with low < high, got [{low}, {high}).", nameof(low));

        var random = Create(seed);
        var values = new double[rows, columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                values[r, c] = low + (high - low) * random.NextDouble();
        return Matrix<double>.Build.DenseOfArray(values);
    }

    // Box–Muller transform: two uniform samples give one standard normal sample.
    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble(); // in (0, 1], so the logarithm is finite
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static void RequireSize(int rows, int columns)
    {
        if (rows < 1) throw new ArgumentOutOfRangeException(nameof(rows), rows, "A matrix needs at least one row.");
        if (columns < 1) throw new ArgumentOutOfRangeException(nameof(columns), columns, "A matrix needs at least one column.");
    }
}
