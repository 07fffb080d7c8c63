using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04;

/// <summary>
/// What <see cref="Training"/> returns: the trained network, ready to predict, and its loss curve.
/// Dispose it when done (the reference solution holds engine memory; yours holds nothing to free).
/// </summary>
public sealed class TrainedModel : IDisposable
{
    private readonly RecurrentModel _model;

    internal TrainedModel(RecurrentModel model, IReadOnlyList<double> losses, IReadOnlyList<TrainingProgress> history)
    {
        ArgumentNullException.ThrowIfNull(model);
        (this._model, Losses, History) = (model, losses, history);
    }

    /// <summary>The network's shape.</summary>
    public NetworkSpec Network => _model.Spec;

    /// <summary>Every training step's batch loss, in order (before the step).</summary>
    public IReadOnlyList<double> Losses { get; }

    /// <summary>The progress reports, in order.</summary>
    public IReadOnlyList<TrainingProgress> History { get; }

    /// <summary>
    /// The model's outputs for <paramref name="windows"/> (batch × n): batch × n for an every-step readout
    /// (output t predicts value t + 1), batch × 1 for a last-step readout.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="windows"/> has no column or holds NaN or infinity.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null (the exception names it).</exception>
    /// <remarks>Hint: <see cref="Sequences.FromRows"/>, <c>model.Forward</c>, <see cref="Sequences.ToRows"/>.</remarks>
    public Matrix<double> Outputs(Matrix<double> windows) =>
        throw new NotImplementedException("Implement TrainedModel.Outputs — see docs/04-time-series.md#task-5-the-training-loop");

    /// <summary>The prediction of the value after each window, batch × 1: the last column of <see cref="Outputs"/>.</summary>
    public Matrix<double> PredictNext(Matrix<double> windows)
    {
        var outputs = Outputs(windows);
        return outputs.SubMatrix(0, outputs.RowCount, outputs.ColumnCount - 1, 1);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
