using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>
/// What <see cref="Training.Fit"/> returns (given): the trained model, ready to predict, and its loss curve. Dispose it
/// when done (the reference solution holds engine memory; the double model holds nothing to free).
/// </summary>
public sealed class TrainedModel : IDisposable
{
    private readonly Func<Matrix<double>, Matrix<double>> _predict;

    internal TrainedModel(TrainingOptions options, int steps, Func<Matrix<double>, Matrix<double>> predict, IReadOnlyList<double> losses,
                          IReadOnlyList<double> epochLosses)
    {
        (Options, Steps, _predict, Losses, EpochLosses) = (options, steps, predict, losses, epochLosses);
    }

    /// <summary>How it was trained.</summary>
    public TrainingOptions Options { get; }

    /// <summary>T, values per window it reads.</summary>
    public int Steps { get; }

    /// <summary>Every step's batch MSE, before the step.</summary>
    public IReadOnlyList<double> Losses { get; }

    /// <summary>Every epoch's mean batch MSE.</summary>
    public IReadOnlyList<double> EpochLosses { get; }

    /// <summary>The prediction of the value after each window (count × T): count × 1.</summary>
    /// <exception cref="ArgumentException"><paramref name="windows"/> does not have T columns or holds NaN or infinity.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null (the exception names it).</exception>
    public Matrix<double> Predict(Matrix<double> windows)
    {
        Require.Finite(windows, nameof(windows));
        Require.Shape(windows, windows.RowCount, Steps, nameof(windows));
        return _predict(windows);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
