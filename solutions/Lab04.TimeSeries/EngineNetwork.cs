using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04;

/// <summary>
/// All of the reference solution's use of the engine, in one place: a float32 network on a backend
/// from <see cref="Backends.Create"/>, started from the very weights <see cref="RecurrentModel.Seeded"/>
/// gives the exercise (the flat layouts agree), trained one batch at a time, and run for predictions.
/// </summary>
internal sealed class EngineNetwork : IDisposable
{
    // Inference runs in chunks of at most this many windows, so a large test set does not need one huge cache.
    private const int InferenceBatch = 1024;

    private readonly ComputeBackend backend;
    private readonly NetworkSpec spec;
    private readonly SequenceRegressor model;
    private readonly OptimizerSettings optimizer;
    private readonly DeviceBuffer optimizerState;
    private readonly bool rootMean;
    private readonly Dictionary<(int Steps, int Batch), (SequenceRegressor Model, int Version)> inference = [];
    private int version;

    private EngineNetwork(ComputeBackend backend, NetworkSpec spec, SequenceRegressor model, OptimizerSettings optimizer, bool rootMean)
    {
        (this.backend, this.spec, this.model, this.optimizer, this.rootMean) = (backend, spec, model, optimizer, rootMean);
        optimizerState = model.Parameters.OptimizerState(optimizer);
    }

    /// <summary>A network for <paramref name="options"/> that trains on windows of <paramref name="steps"/> values.</summary>
    /// <exception cref="NotSupportedException">The engine has no cell for the network (a logistic Elman layer).</exception>
    public static EngineNetwork Create(TrainingOptions options, int steps)
    {
        var spec = options.Network;
        var cell = CellOf(spec);
        var backend = Backends.Create(options.Backend is null ? null : Backends.Parse(options.Backend));
        try
        {
            var model = Build(backend, spec, steps, options.BatchSize,
                              options.Loss == LossFunction.MeanAbsoluteError ? LossKind.MeanAbsoluteError : LossKind.MeanSquaredError);
            // The engine happens to draw its initial weights the same way; writing them makes the agreement a fact, not a coincidence.
            model.Parameters.WriteValues(Floats(RecurrentModel.Seeded(spec, options.Seed).GetParameters()));
            var settings = options.Optimizer == OptimizerKind.Adam
                ? OptimizerSettings.Adam((float)options.LearningRate)
                : OptimizerSettings.Sgd((float)options.LearningRate);
            return new EngineNetwork(backend, spec, model, settings, options.Loss == LossFunction.RootMeanSquaredError);
        }
        catch
        {
            backend.Dispose();
            throw;
        }

        SequenceRegressor Build(ComputeBackend on, NetworkSpec s, int t, int b, LossKind loss) =>
            SequenceRegressor.Create(on, cell, s.Layers, s.Input, s.Hidden, s.Output, t, b, Placement(s), loss, options.Seed);
    }

    /// <summary>One optimizer step on <paramref name="inputs"/> (batch × n) and <paramref name="targets"/> (as the readout
    /// needs them); returns the batch's loss before the step.</summary>
    public double TrainStep(Matrix<double> inputs, Matrix<double> targets)
    {
        var store = model.Parameters;
        model.LoadInputs(TimeMajor(inputs));
        model.LoadTargets(TimeMajor(targets));
        store.ZeroGradients();
        double loss = model.ForwardLoss();
        model.Backward();
        if (rootMean)
        {
            // The engine's loss is the MSE: RMSE = √MSE and ∂RMSE/∂θ = ∂MSE/∂θ / (2·RMSE), 0 at RMSE = 0.
            loss = Math.Sqrt(loss);
            backend.Scale(store.Gradients.All, loss > 0 ? (float)(1 / (2 * loss)) : 0f);
        }
        backend.OptimizerStep(optimizer, store.Values.All, store.Gradients.All, optimizerState.All, ++version);
        return loss;
    }

    /// <summary>The outputs for <paramref name="windows"/> (batch × n): batch × n (every step) or batch × 1 (last step).</summary>
    public Matrix<double> Outputs(Matrix<double> windows)
    {
        int rows = windows.RowCount, steps = windows.ColumnCount;
        int columns = spec.Readout == Readout.EveryStep ? steps : 1;
        var outputs = Matrix<double>.Build.Dense(rows, columns);
        for (int first = 0; first < rows; first += InferenceBatch)
        {
            int batch = Math.Min(InferenceBatch, rows - first);
            var runner = InferenceModel(steps, batch);
            runner.LoadInputs(TimeMajor(windows.SubMatrix(first, batch, 0, steps)));
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
        foreach (var (runner, _) in inference.Values)
            runner.Dispose();
        model.Dispose();
        backend.Dispose();
    }

    // A model of another shape for predictions, holding the training model's current weights.
    private SequenceRegressor InferenceModel(int steps, int batch)
    {
        if (!inference.TryGetValue((steps, batch), out var entry))
            entry = (SequenceRegressor.Create(backend, CellOf(spec), spec.Layers, spec.Input, spec.Hidden, spec.Output, steps, batch,
                                              Placement(spec), LossKind.MeanSquaredError, seed: 0), -1);
        if (entry.Version != version)
        {
            entry.Model.Parameters.WriteValues(model.Parameters.ReadValues());
            entry.Version = version;
        }
        inference[(steps, batch)] = entry;
        return entry.Model;
    }

    private static CellKind CellOf(NetworkSpec spec) => (spec.Cell, spec.Activation) switch
    {
        (RecurrentCell.Gru, _) => CellKind.Gru,
        (RecurrentCell.Lstm, _) => CellKind.Lstm,
        (RecurrentCell.Elman, ElmanActivation.Tanh) => CellKind.ElmanTanh,
        (RecurrentCell.Elman, ElmanActivation.Relu) => CellKind.ElmanRelu,
        _ => throw new NotSupportedException(
            $"The engine has no {spec.Activation} Elman cell (it has tanh and relu): the reference solution cannot train {spec}."),
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
}
