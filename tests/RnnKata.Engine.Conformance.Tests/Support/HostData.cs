using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Engine.Conformance.Tests.Support;

/// <summary>
/// Seeded float data and its exact double image: the engine and the double reference see the very
/// same numbers, so any difference comes from the float32 arithmetic alone.
/// </summary>
public static class HostData
{
    /// <summary><paramref name="count"/> floats uniform in [−scale, scale), from <paramref name="seed"/>.</summary>
    public static float[] Uniform(int count, int seed, double scale = 1.0)
    {
        var random = new Random(seed);
        var values = new float[count];
        for (var i = 0; i < values.Length; i++)
            values[i] = (float)((2 * random.NextDouble() - 1) * scale);
        return values;
    }

    /// <summary>A rows × columns double matrix of row-major floats from <paramref name="offset"/>.</summary>
    public static Matrix<double> Matrix(float[] values, int rows, int columns, int offset = 0) =>
        Matrix<double>.Build.Dense(rows, columns, (r, c) => values[offset + r * columns + c]);

    /// <summary>A double vector of <paramref name="length"/> floats from <paramref name="offset"/>.</summary>
    public static Vector<double> Vector(float[] values, int length, int offset = 0) =>
        Vector<double>.Build.Dense(length, i => values[offset + i]);

    /// <summary>Step t of a time-major [T × rows × columns] float sequence, as double matrices.</summary>
    public static Matrix<double>[] Sequence(float[] values, int steps, int rows, int columns) =>
        Enumerable.Range(0, steps).Select(t => Matrix(values, rows, columns, t * rows * columns)).ToArray();

    /// <summary>Row-major doubles of a matrix.</summary>
    public static double[] Flat(Matrix<double> matrix) =>
        Enumerable.Range(0, matrix.RowCount).SelectMany(r => Enumerable.Range(0, matrix.ColumnCount).Select(c => matrix[r, c])).ToArray();

    /// <summary>Row-major doubles of a sequence of matrices, step after step.</summary>
    public static double[] Flat(IEnumerable<Matrix<double>> sequence) => sequence.SelectMany(Flat).ToArray();
}
