using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04;

/// <summary>What <see cref="Training"/> returns: the trained network (on the engine) and its loss curve.</summary>
public sealed class TrainedModel : IDisposable
{
    private readonly EngineNetwork _network;

    internal TrainedModel(EngineNetwork network, NetworkSpec spec, IReadOnlyList<double> losses, IReadOnlyList<TrainingProgress> history)
    {
        (this._network, Network, Losses, History) = (network, spec, losses, history);
    }

    /// <summary>The network's shape.</summary>
    public NetworkSpec Network { get; }

    /// <summary>Every training step's batch loss, in order (before the step).</summary>
    public IReadOnlyList<double> Losses { get; }

    /// <summary>The progress reports, in order.</summary>
    public IReadOnlyList<TrainingProgress> History { get; }

    /// <summary>The model's outputs for <paramref name="windows"/>: batch × n (every step) or batch × 1 (last step).</summary>
    public Matrix<double> Outputs(Matrix<double> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.ColumnCount < 1)
            throw new ArgumentException($"{nameof(windows)} must have at least one value per window but is {Require.ShapeOf(windows)}.", nameof(windows));
        Require.Finite(windows, nameof(windows));
        return _network.Outputs(windows);
    }

    /// <summary>The prediction of the value after each window, batch × 1: the last column of <see cref="Outputs"/>.</summary>
    public Matrix<double> PredictNext(Matrix<double> windows)
    {
        var outputs = Outputs(windows);
        return outputs.SubMatrix(0, outputs.RowCount, outputs.ColumnCount - 1, 1);
    }

    /// <inheritdoc />
    public void Dispose() => _network.Dispose();
}
