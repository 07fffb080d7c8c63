using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>What <see cref="Training.Fit"/> returns: the trained model (on the engine) and its loss curve.</summary>
public sealed class TrainedModel : IDisposable
{
    private readonly EngineNetwork _network;

    internal TrainedModel(TrainingOptions options, int steps, EngineNetwork network, IReadOnlyList<double> losses, IReadOnlyList<double> epochLosses)
    {
        (Options, Steps, _network, Losses, EpochLosses) = (options, steps, network, losses, epochLosses);
    }

    /// <summary>How it was trained.</summary>
    public TrainingOptions Options { get; }

    /// <summary>T, values per window it reads.</summary>
    public int Steps { get; }

    /// <summary>Every step's batch MSE, before the step.</summary>
    public IReadOnlyList<double> Losses { get; }

    /// <summary>Every epoch's mean batch MSE.</summary>
    public IReadOnlyList<double> EpochLosses { get; }

    /// <summary>The prediction of the value after each window: count × 1.</summary>
    public Matrix<double> Predict(Matrix<double> windows)
    {
        Require.Finite(windows, nameof(windows));
        Require.Shape(windows, windows.RowCount, Steps, nameof(windows));
        return _network.Predict(windows);
    }

    /// <inheritdoc />
    public void Dispose() => _network.Dispose();
}
