using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02.Tests;

/// <summary>Seeded test data: sequences, states and targets.</summary>
internal static class Data
{
    /// <summary>T matrices of batch × columns standard-normal values; step t uses seed + t.</summary>
    public static Matrix<double>[] Sequence(int steps, int batch, int columns, int seed) =>
        Enumerable.Range(0, steps).Select(t => KataRandom.Normal(batch, columns, seed + 100 * t)).ToArray();

    /// <summary>A batch × columns state with entries of standard deviation 0.5.</summary>
    public static Matrix<double> State(int batch, int columns, int seed) => KataRandom.Normal(batch, columns, seed, 0.5);

    /// <summary>T matrices of one-hot rows (one class per sequence and step, drawn with the seed).</summary>
    public static Matrix<double>[] OneHot(int steps, int batch, int classes, int seed)
    {
        var random = KataRandom.Create(seed);
        return Enumerable.Range(0, steps).Select(_ =>
        {
            var m = Matrix<double>.Build.Dense(batch, classes);
            for (var n = 0; n < batch; n++)
                m[n, random.Next(classes)] = 1;
            return m;
        }).ToArray();
    }

    /// <summary>A copy of a sequence, so that a test can change one step without touching the original.</summary>
    public static Matrix<double>[] Copy(IReadOnlyList<Matrix<double>> sequence) => sequence.Select(m => m.Clone()).ToArray();

    /// <summary>A vector from values.</summary>
    public static Vector<double> Vector(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    /// <summary>A matrix from rows.</summary>
    public static Matrix<double> Matrix(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    /// <summary>Elman parameters with every weight zero and the given biases.</summary>
    public static ElmanParameters ZeroWeights(int inputs, Vector<double> b, Vector<double> c) => new(
        Matrix<double>.Build.Dense(b.Count, inputs), Matrix<double>.Build.Dense(b.Count, b.Count),
        b, Matrix<double>.Build.Dense(c.Count, b.Count), c);
}
