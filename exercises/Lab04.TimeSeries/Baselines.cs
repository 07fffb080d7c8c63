using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab04;

/// <summary>
/// Naive forecasts that need no training (chapter 4, "Baselines"): a model is only worth its
/// training if it beats them. Each reads windows (batch × n) and predicts the next value (batch × 1).
/// </summary>
public static class Baselines
{
    /// <summary>Repeats each window's last value: <c>ŷ = x(n − 1)</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="windows"/> has no column, or holds NaN or infinity.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null (the exception names it).</exception>
    public static Matrix<double> RepeatLast(Matrix<double> windows) =>
        throw new NotImplementedException("Implement Baselines.RepeatLast — see docs/04-time-series.md#task-6-naive-baselines");

    /// <summary>Extends the line through the last two values: <c>ŷ = 2·x(n − 1) − x(n − 2)</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="windows"/> has fewer than two columns, or holds NaN or infinity.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null (the exception names it).</exception>
    public static Matrix<double> LinearExtrapolation(Matrix<double> windows) =>
        throw new NotImplementedException("Implement Baselines.LinearExtrapolation — see docs/04-time-series.md#task-6-naive-baselines");
}
