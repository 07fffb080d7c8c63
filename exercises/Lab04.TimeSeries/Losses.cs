using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab04;

/// <summary>
/// The regression losses of chapter 4 and their gradients with respect to the predictions P. Every
/// loss is a mean over all N entries of P (rows × columns), the way TensorFlow's <c>reduce_mean</c> and
/// PyTorch's losses average.
/// </summary>
public static class Losses
{
    /// <summary>MSE = Σ (p − y)² / N; ∂/∂p = 2(p − y)/N.</summary>
    /// <exception cref="ArgumentException"><paramref name="targets"/> is not shaped like <paramref name="predictions"/>,
    /// or either holds NaN or infinity. The exception names the argument.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="predictions"/> or <paramref name="targets"/> is null (the exception names it).</exception>
    /// <remarks>Hint: check with <see cref="Require.Shape"/> and <see cref="Require.Finite(Matrix{double}, string)"/>;
    /// <c>predictions - targets</c> is the error E; the value is <c>E.PointwisePower(2).Enumerate().Average()</c>.</remarks>
    public static LossResult MeanSquaredError(Matrix<double> predictions, Matrix<double> targets) =>
        throw new NotImplementedException("Implement Losses.MeanSquaredError — see docs/04-time-series.md#task-3-the-losses-and-their-gradients");

    /// <summary>RMSE = √MSE; ∂/∂p = (p − y)/(N·RMSE), and 0 when RMSE = 0 (where √ has no slope).</summary>
    /// <exception cref="ArgumentException">As for <see cref="MeanSquaredError"/>.</exception>
    /// <exception cref="ArgumentNullException">As for <see cref="MeanSquaredError"/>.</exception>
    /// <remarks>Hint: the chain rule through √: ∂√u/∂p = (∂u/∂p)/(2√u).</remarks>
    public static LossResult RootMeanSquaredError(Matrix<double> predictions, Matrix<double> targets) =>
        throw new NotImplementedException("Implement Losses.RootMeanSquaredError — see docs/04-time-series.md#task-3-the-losses-and-their-gradients");

    /// <summary>L1 = Σ |p − y| / N; ∂/∂p = sign(p − y)/N, and 0 where p = y (PyTorch's choice).</summary>
    /// <exception cref="ArgumentException">As for <see cref="MeanSquaredError"/>.</exception>
    /// <exception cref="ArgumentNullException">As for <see cref="MeanSquaredError"/>.</exception>
    public static LossResult MeanAbsoluteError(Matrix<double> predictions, Matrix<double> targets) =>
        throw new NotImplementedException("Implement Losses.MeanAbsoluteError — see docs/04-time-series.md#task-3-the-losses-and-their-gradients");

    /// <summary>The loss <paramref name="loss"/> names.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="loss"/> is not a <see cref="LossFunction"/>.</exception>
    public static LossResult Compute(LossFunction loss, Matrix<double> predictions, Matrix<double> targets) =>
        throw new NotImplementedException("Implement Losses.Compute — see docs/04-time-series.md#task-3-the-losses-and-their-gradients");
}
