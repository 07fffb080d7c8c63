using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>Seeded normal matrices and vectors for the parameter records' <c>Seeded</c> factories.</summary>
internal static class SeededValues
{
    public static Matrix<double> Matrix(int rows, int columns, int seed, double scale) =>
        KataRandom.Normal(rows, columns, seed, scale);

    public static Vector<double> Vector(int length, int seed, double scale) =>
        KataRandom.Normal(1, length, seed, scale).Row(0);

    public static void RequireScale(double scale)
    {
        if (!(scale > 0) || !double.IsFinite(scale))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be a positive finite number.");
    }
}
