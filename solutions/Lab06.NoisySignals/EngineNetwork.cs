using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine;

namespace RnnKata.Lab06;

/// <summary>
/// All of the reference solution's use of the engine, in one place: the lecture's model (Elman relu, then
/// <see cref="NetworkShape.HeadHidden"/> relu units, then one output) in float32, started from the very weights
/// <see cref="InitialParameters.Draw"/> gives the double model, trained with RMSProp one batch at a time, and run for predictions.
/// </summary>
internal sealed class EngineNetwork : IDisposable
{
    // Inference runs in chunks of at most this many windows, so a large set does not need one huge cache.
    private const int InferenceBatch = 1024;

    private readonly ComputeBackend _backend;
    private readonly TrainingOptions _options;
    private readonly int _steps;
    private readonly RecurrentNetwork _model;
    private readonly Trainer _trainer;
    private readonly Dictionary<int, (RecurrentNetwork Model, int Version)> _inference = [];

    // Bumped whenever the parameters change, so the inference models know when to copy them again.
    private int _version;

    private EngineNetwork(ComputeBackend backend, TrainingOptions options, int steps, RecurrentNetwork model)
    {
        (_backend, _options, _steps, _model) = (backend, options, steps, model);
        _trainer = new Trainer(model, OptimizerSettings.RmsProp((float)options.LearningRate, (float)options.Rho, epsilon: (float)options.Epsilon));
    }

    /// <summary>A network for <paramref name="options"/> that trains on windows of <paramref name="steps"/> values.</summary>
    public static EngineNetwork Create(TrainingOptions options, int steps)
    {
        var backend = Backends.Create(options.Backend is null ? null : Backends.Parse(options.Backend));
        try
        {
            var model = RecurrentNetwork.Create(backend, Shape(options, steps, options.BatchSize), options.Seed);
            // The double model's first weights, written in: the two sides start from the same point by construction.
            model.Parameters.WriteValues(Floats(InitialParameters.Draw(options, steps)));
            return new EngineNetwork(backend, options, steps, model);
        }
        catch
        {
            backend.Dispose();
            throw;
        }
    }

    /// <summary>One RMSProp step on the batch; returns its MSE before the step.</summary>
    public double TrainStep(WindowSet batch)
    {
        _version++;
        var (steps, features) = Layout(batch.Steps);
        return _trainer.Train(new SequenceBatch(
            SequenceTensor.FromBatchMajor(Floats(batch.Inputs), batch.Count, steps, features),
            SequenceTensor.FromRows(Floats(batch.Targets), batch.Count, 1)));
    }

    /// <summary>The predictions for <paramref name="windows"/> (count × T): count × 1.</summary>
    public Matrix<double> Predict(Matrix<double> windows)
    {
        int rows = windows.RowCount;
        var outputs = Matrix<double>.Build.Dense(rows, 1);
        var (steps, features) = Layout(_steps);
        for (int first = 0; first < rows; first += InferenceBatch)
        {
            int batch = Math.Min(InferenceBatch, rows - first);
            var runner = InferenceModel(batch);
            runner.LoadInputs(SequenceTensor.FromBatchMajor(Floats(windows.SubMatrix(first, batch, 0, _steps)), batch, steps, features));
            var predictions = runner.Predict();
            for (int b = 0; b < batch; b++)
                outputs[first + b, 0] = predictions[b];
        }
        return outputs;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (runner, _) in _inference.Values)
            runner.Dispose();
        _trainer.Dispose();
        _model.Dispose();
        _backend.Dispose();
    }

    // A model of another batch size for predictions, holding the training model's current weights.
    private RecurrentNetwork InferenceModel(int batch)
    {
        if (!_inference.TryGetValue(batch, out var entry))
            entry = (RecurrentNetwork.Create(_backend, Shape(_options, _steps, batch), seed: 0), -1);
        if (entry.Version != _version)
        {
            entry.Model.Parameters.WriteValues(_model.Parameters.ReadValues());
            entry.Version = _version;
        }
        _inference[batch] = entry;
        return entry.Model;
    }

    // (engine steps, features per step) for windows of T values: T × 1, or the lecture's 1 × T.
    private (int Steps, int Features) Layout(int values) =>
        _options.Layout == WindowLayout.OneStepOfAllValues ? (1, values) : (values, 1);

    private static NetworkShape Shape(TrainingOptions options, int steps, int batch)
    {
        bool oneStep = options.Layout == WindowLayout.OneStepOfAllValues;
        return new NetworkShape
        {
            Cell = CellKind.ElmanRelu, Input = oneStep ? steps : 1, Hidden = options.Hidden, HeadHidden = options.HeadHidden, Output = 1,
            Steps = oneStep ? 1 : steps, Batch = batch, Head = HeadPlacement.LastStep, Loss = LossKind.MeanSquaredError,
        };
    }

    private static float[] Floats(Vector<double> values) => values.Select(v => (float)v).ToArray();

    // Row-major floats of a matrix (batch-major for count × T windows).
    private static float[] Floats(Matrix<double> rows) => rows.ToRowMajorArray().Select(v => (float)v).ToArray();
}
