using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>The row-vector broadcasts that numpy does implicitly and MathNet does not.</summary>
internal static class Broadcast
{
    /// <summary><c>M + 1·vᵀ</c>: adds <c>v[j]</c> to column j of every row.</summary>
    public static Matrix<double> AddToRows(Matrix<double> m, Vector<double> v) =>
        m.MapIndexed((_, column, value) => value + v[column]);

    /// <summary>A rows × columns zero matrix shaped like one time step.</summary>
    public static Matrix<double> Zeros(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns);
}
