using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>The score every result of the lab is reported in (you wrote it with its gradient in Lab 4).</summary>
public static class Scores
{
    /// <summary>MSE = Σ (p − y)² / N over all entries.</summary>
    /// <exception cref="ArgumentException">The shapes differ or an entry is NaN or infinite; the exception names the argument.</exception>
    public static double MeanSquaredError(Matrix<double> predictions, Matrix<double> targets)
    {
        Require.Finite(predictions, nameof(predictions));
        Require.Shape(targets, predictions.RowCount, predictions.ColumnCount, nameof(targets));
        Require.Finite(targets, nameof(targets));
        return (predictions - targets).PointwisePower(2).Enumerate().Average();
    }
}
