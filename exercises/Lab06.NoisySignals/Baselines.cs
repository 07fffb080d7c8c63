using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06;

/// <summary>
/// What a model must beat before it is worth its training (chapter 6, "Honest baselines"). The forecasts read
/// windows (count × T) and predict the next value (count × 1).
/// </summary>
public static class Baselines
{
    /// <summary>
    /// The noise floor: the lowest MSE any predictor of the next noisy value can reach, the variance of the noise
    /// a·U(0, 1), that is a²/12 (1/3 for the lecture's a = 2). The best predictor, signal plus the noise's mean, reaches it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amplitude"/> is negative, NaN or infinite.</exception>
    public static double NoiseFloor(double amplitude) =>
        throw new NotImplementedException("Implement Baselines.NoiseFloor — see docs/06-noisy-signals.md#task-3-honest-baselines");

    /// <summary>The window's moving average: <c>ŷ = (x(0) + … + x(T − 1)) / T</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="windows"/> has no column or holds NaN or infinity.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null (the exception names it).</exception>
    public static Matrix<double> MovingAverage(Matrix<double> windows) =>
        throw new NotImplementedException("Implement Baselines.MovingAverage — see docs/06-noisy-signals.md#task-3-honest-baselines");

    /// <summary>"The next value equals the last": <c>ŷ = x(T − 1)</c> (for prices, "tomorrow equals today").</summary>
    /// <exception cref="ArgumentException"><paramref name="windows"/> has no column or holds NaN or infinity.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null (the exception names it).</exception>
    public static Matrix<double> LastValue(Matrix<double> windows) =>
        throw new NotImplementedException("Implement Baselines.LastValue — see docs/06-noisy-signals.md#task-3-honest-baselines");
}
