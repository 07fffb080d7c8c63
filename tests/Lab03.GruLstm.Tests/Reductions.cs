using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03.Tests;

/// <summary>Inner products, sums and differences that Lab 3's gradient tests build their losses and checks from.</summary>
internal static class Reductions
{
    /// <summary>The largest absolute difference between two matrices of the same shape.</summary>
    public static double MaxDifference(Matrix<double> a, Matrix<double> b) => (a - b).Enumerate().Max(Math.Abs);

    /// <summary>⟨a, b⟩: the sum of the entry-by-entry products.</summary>
    public static double Dot(Matrix<double> a, Matrix<double> b) => a.PointwiseMultiply(b).Enumerate().Sum();

    /// <summary>Σₜ ⟨a[t], b[t]⟩.</summary>
    public static double Dot(IReadOnlyList<Matrix<double>> a, IReadOnlyList<Matrix<double>> b) =>
        a.Zip(b, Dot).Sum();

    /// <summary>Element-wise sum of the matrices of a sequence.</summary>
    public static Matrix<double> Sum(IEnumerable<Matrix<double>> matrices) => matrices.Aggregate((a, b) => a + b);
}
