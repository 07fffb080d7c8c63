using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab01;

/// <summary>The lab's mini-batch: four instances of three inputs, at two time steps.</summary>
public static class SeedBatch
{
    /// <summary>Inputs at t = 0, one row per instance.</summary>
    public static Matrix<double> X0 => Matrix<double>.Build.DenseOfArray(new double[,]
    {
        { 0, 1, 2 },
        { 3, 4, 5 },
        { 6, 7, 8 },
        { 9, 0, 1 },
    });

    /// <summary>Inputs at t = 1, one row per instance (row 1, the original lab's "instance2", is all zeros at this step).</summary>
    public static Matrix<double> X1 => Matrix<double>.Build.DenseOfArray(new double[,]
    {
        { 9, 8, 7 },
        { 0, 0, 0 },
        { 6, 5, 4 },
        { 3, 2, 1 },
    });
}
