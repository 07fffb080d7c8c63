using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab04;

/// <summary>The regression losses of chapter 4 and their gradients with respect to the predictions.</summary>
public static class Losses
{
    /// <summary>MSE = Σ (p − y)² / N; ∂/∂p = 2(p − y)/N.</summary>
    public static LossResult MeanSquaredError(Matrix<double> predictions, Matrix<double> targets)
    {
        var (error, n) = Error(predictions, targets);
        return new LossResult(error.PointwisePower(2).Enumerate().Sum() / n, error * (2.0 / n));
    }

    /// <summary>RMSE = √MSE; ∂/∂p = (p − y)/(N·RMSE), and 0 when RMSE = 0.</summary>
    public static LossResult RootMeanSquaredError(Matrix<double> predictions, Matrix<double> targets)
    {
        var (error, n) = Error(predictions, targets);
        var rmse = Math.Sqrt(error.PointwisePower(2).Enumerate().Sum() / n);
        return new LossResult(rmse, rmse == 0 ? error * 0 : error / (n * rmse));
    }

    /// <summary>L1 = Σ |p − y| / N; ∂/∂p = sign(p − y)/N, and 0 where p = y.</summary>
    public static LossResult MeanAbsoluteError(Matrix<double> predictions, Matrix<double> targets)
    {
        var (error, n) = Error(predictions, targets);
        return new LossResult(error.Enumerate().Sum(Math.Abs) / n, error.Map(e => Math.Sign(e) / (double)n));
    }

    /// <summary>The loss <paramref name="loss"/> names.</summary>
    public static LossResult Compute(LossFunction loss, Matrix<double> predictions, Matrix<double> targets) => loss switch
    {
        LossFunction.MeanSquaredError => MeanSquaredError(predictions, targets),
        LossFunction.RootMeanSquaredError => RootMeanSquaredError(predictions, targets),
        LossFunction.MeanAbsoluteError => MeanAbsoluteError(predictions, targets),
        _ => throw new ArgumentOutOfRangeException(nameof(loss), loss, "Choose MeanSquaredError, RootMeanSquaredError or MeanAbsoluteError."),
    };

    private static (Matrix<double> Error, int N) Error(Matrix<double> predictions, Matrix<double> targets)
    {
        Require.Finite(predictions, nameof(predictions));
        Require.Shape(targets, predictions.RowCount, predictions.ColumnCount, nameof(targets));
        Require.Finite(targets, nameof(targets));
        return (predictions - targets, predictions.RowCount * predictions.ColumnCount);
    }
}
