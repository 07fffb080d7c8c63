using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04;

/// <summary>
/// All of the reference solution's use of the engine, in one place: a float32 network on a backend
/// from <see cref="Backends.Create(BackendKind?, int)"/>, started from the very weights <see cref="RecurrentModel.Seeded"/>
/// gives the exercise (the flat layouts agree), trained one batch at a time, and run for predictions.
/// </summary>
internal sealed class EngineNetwork : IDisposable
{
    // Inference runs in chunks of at most this many windows, so a large test set does not need one huge cache.
    private const int InferenceBatch = 1024;

    private readonly ComputeBackend _backend;
    private readonly NetworkSpec _spec;
    private readonly RecurrentNetwork _model;
    private readonly Trainer _trainer;
    private readonly Dictionary<(int Steps, int Batch), (RecurrentNetwork Model, int Version)> _inference = [];

    // Bumped whenever the parameters change, so the inference models know when to copy them again.
    private int _version;

    private EngineNetwork(ComputeBackend backend, NetworkSpec spec, RecurrentNetwork model, OptimizerSettings optimizer)
    {
        (this._backend, this._spec, this._model) = (backend, spec, model);
        _trainer = new Trainer(model, optimizer);
    }

    /// <summary>A network for <paramref name="options"/> that trains on windows of <paramref name="steps"/> values.</summary>
    /// <exception cref="NotSupportedException">The engine has no cell for the network.</exception>
    public static EngineNetwork Create(TrainingOptions options, int steps)
    {
        var spec = options.Network;
        var cell = CellOf(spec);
        var backend = Backends.Create(options.Backend is null ? null : Backends.Parse(options.Backend));
        try
        {
            var model = Build(backend, spec, steps, options.BatchSize, options.Loss switch
            {
                LossFunction.MeanAbsoluteError => LossKind.MeanAbsoluteError,
                LossFunction.RootMeanSquaredError => LossKind.RootMeanSquaredError,
                _ => LossKind.MeanSquaredError,
            });
            // The engine happens to draw its initial weights the same way; writing them makes the agreement a fact, not a coincidence.
            model.Parameters.WriteValues(Floats(RecurrentModel.Seeded(spec, options.Seed).GetParameters()));
            var settings = options.Optimizer == OptimizerKind.Adam
                ? OptimizerSettings.Adam((float)options.LearningRate)
                : OptimizerSettings.Sgd((float)options.LearningRate);
            return new EngineNetwork(backend, spec, model, settings);
        }
        catch
        {
            backend.Dispose();
            throw;
        }

        RecurrentNetwork Build(ComputeBackend on, NetworkSpec s, int t, int b, LossKind loss) =>
            RecurrentNetwork.Create(on, Shape(s, cell, t, b, loss), options.Seed);
    }

    /// <summary>One optimizer step on <paramref name="inputs"/> (batch × n) and <paramref name="targets"/> (as the readout
    /// needs them); returns the batch's loss before the step.</summary>
    public double TrainStep(Matrix<double> inputs, Matrix<double> targets)
    {
        _version++;
        return _trainer.Train(new SequenceBatch(
            SequenceTensor.FromBatchMajor(Floats(inputs), inputs.RowCount, inputs.ColumnCount, 1),
            _spec.Readout == Readout.EveryStep
                ? SequenceTensor.FromBatchMajor(Floats(targets), targets.RowCount, targets.ColumnCount, 1)
                : SequenceTensor.FromRows(Floats(targets), targets.RowCount, targets.ColumnCount)));
    }

    /// <summary>A copy of the current parameters (the flat layout of <see cref="RecurrentModel.GetParameters"/>).</summary>
    public float[] SaveParameters() => _model.Parameters.ReadValues();

    /// <summary>Puts back parameters from <see cref="SaveParameters"/>; the optimizer's state is left as it is.</summary>
    public void RestoreParameters(float[] parameters)
    {
        _model.Parameters.WriteValues(parameters);
        _version++;
    }

    /// <summary>The outputs for <paramref name="windows"/> (batch × n): batch × n (every step) or batch × 1 (last step).</summary>
    public Matrix<double> Outputs(Matrix<double> windows)
    {
        int rows = windows.RowCount, steps = windows.ColumnCount;
        int columns = _spec.Readout == Readout.EveryStep ? steps : 1;
        var outputs = Matrix<double>.Build.Dense(rows, columns);
        for (int first = 0; first < rows; first += InferenceBatch)
        {
            int batch = Math.Min(InferenceBatch, rows - first);
            var runner = InferenceModel(steps, batch);
            runner.LoadTimeMajorInputs(TimeMajor(windows.SubMatrix(first, batch, 0, steps)));
            var predictions = runner.Predict();
            // Every step: time-major [T × B]; last step: [B].
            for (int b = 0; b < batch; b++)
                for (int c = 0; c < columns; c++)
                    outputs[first + b, c] = predictions[c * batch + b];
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

    // A model of another shape for predictions, holding the training model's current weights.
    private RecurrentNetwork InferenceModel(int steps, int batch)
    {
        if (!_inference.TryGetValue((steps, batch), out var entry))
            entry = (RecurrentNetwork.Create(_backend, Shape(_spec, CellOf(_spec), steps, batch, LossKind.MeanSquaredError), seed: 0), -1);
        if (entry.Version != _version)
        {
            entry.Model.Parameters.WriteValues(_model.Parameters.ReadValues());
            entry.Version = _version;
        }
        _inference[(steps, batch)] = entry;
        return entry.Model;
    }

    private static CellKind CellOf(NetworkSpec spec) => (spec.Cell, spec.Activation) switch
    {
        (RecurrentCell.Gru, _) => CellKind.Gru,
        (RecurrentCell.Lstm, _) => CellKind.Lstm,
        (RecurrentCell.Elman, ElmanActivation.Tanh) => CellKind.ElmanTanh,
        (RecurrentCell.Elman, ElmanActivation.Relu) => CellKind.ElmanRelu,
        (RecurrentCell.Elman, ElmanActivation.Logistic) => CellKind.ElmanLogistic,
        _ => throw new NotSupportedException(
            $"The engine has no cell for {spec.Cell} with {spec.Activation}: the reference solution cannot train {spec}."),
    };

    private static NetworkShape Shape(NetworkSpec spec, CellKind cell, int steps, int batch, LossKind loss) => new()
    {
        Cell = cell, Layers = spec.Layers, Input = spec.Input, Hidden = spec.Hidden, Output = spec.Output,
        Steps = steps, Batch = batch, Head = Placement(spec), Loss = loss,
    };

    private static HeadPlacement Placement(NetworkSpec spec) =>
        spec.Readout == Readout.EveryStep ? HeadPlacement.EveryStep : HeadPlacement.LastStep;

    // batch × T (one value per step) to the engine's time-major [T × B].
    private static float[] TimeMajor(Matrix<double> rows)
    {
        var data = new float[rows.RowCount * rows.ColumnCount];
        for (int t = 0; t < rows.ColumnCount; t++)
            for (int b = 0; b < rows.RowCount; b++)
                data[t * rows.RowCount + b] = (float)rows[b, t];
        return data;
    }

    private static float[] Floats(Vector<double> values) => values.Select(v => (float)v).ToArray();

    // Row-major floats of a matrix (batch-major for batch × T windows).
    private static float[] Floats(Matrix<double> rows)
    {
        var data = new float[rows.RowCount * rows.ColumnCount];
        for (int b = 0; b < rows.RowCount; b++)
            for (int c = 0; c < rows.ColumnCount; c++)
                data[b * rows.ColumnCount + c] = (float)rows[b, c];
        return data;
    }
}
