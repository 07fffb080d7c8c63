using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab08;

/// <summary>
/// All of the reference solution's use of the engine, in one place: a character network (one-hot in, logits over the
/// alphabet out, softmax cross-entropy) in float32, started from the very weights the double model starts from, trained
/// one batch at a time, and run one character at a time by steppers for scoring and generation.
/// </summary>
internal sealed class EngineCharNetwork : IDisposable
{
    // Windows per stepper pass when scoring: bounds the stepper's buffers.
    private const int ScoringBatch = 512;

    private readonly ComputeBackend _backend;
    private readonly RecurrentNetwork _model;
    private readonly Trainer _trainer;
    private readonly Dictionary<int, NetworkStepper> _steppers = [];

    private EngineCharNetwork(ComputeBackend backend, RecurrentNetwork model, Trainer trainer) => (_backend, _model, _trainer) = (backend, model, trainer);

    /// <summary>V, characters in and out.</summary>
    public int Vocabulary => _model.Shape.Input;

    /// <summary>The network of <paramref name="shape"/> with the flat double parameters <paramref name="initial"/>, on <paramref name="backend"/>.</summary>
    public static EngineCharNetwork Create(string? backend, NetworkShape shape, Vector<double> initial, OptimizerSettings optimizer, GradientClipping clipping)
    {
        var device = Backends.Create(backend is null ? null : Backends.Parse(backend));
        RecurrentNetwork? model = null;
        try
        {
            model = RecurrentNetwork.Create(device, shape, seed: 0);
            model.Parameters.WriteValues(initial.Select(v => (float)v).ToArray());
            return new EngineCharNetwork(device, model, new Trainer(model, optimizer, clipping));
        }
        catch
        {
            model?.Dispose();
            device.Dispose();
            throw;
        }
    }

    /// <summary>The engine's cell for the given double cell.</summary>
    public static CellKind Cell(RecurrentCell cell) => cell == RecurrentCell.Lstm ? CellKind.Lstm : CellKind.ElmanTanh;

    /// <summary>One optimizer step on the windows of <paramref name="text"/> starting at <paramref name="starts"/>, each read for
    /// T steps; <paramref name="targets"/> holds the class of every prediction, time-major. Returns the loss before the step.</summary>
    public double TrainStep(int[] text, IReadOnlyList<int> starts, float[] targets)
    {
        int steps = _model.Shape.Steps;
        return _trainer.Train(new SequenceBatch(
            SequenceTensor.FromBatchMajor(OneHot(text, starts, steps), starts.Count, steps, Vocabulary),
            SequenceTensor.FromTimeMajor(targets, _model.Shape.PredictionSteps, starts.Count, 1)));
    }

    /// <summary>Makes the final state of the last step the next step's initial state (truncated BPTT).</summary>
    public void CarryFinalState() => _model.CarryFinalState();

    /// <summary>Starts the next step from zero states.</summary>
    public void ResetInitialState() => _model.ResetInitialState();

    /// <summary>The logits after every window of <paramref name="window"/> characters of <paramref name="encoded"/>, each read from zero states.</summary>
    public Matrix<double> WindowLogits(int[] encoded, int window)
    {
        var starts = Enumerable.Range(0, encoded.Length - window + 1).ToArray();
        var logits = Matrix<double>.Build.Dense(starts.Length, Vocabulary);
        int row = 0;
        foreach (var chunk in starts.Chunk(ScoringBatch))
        {
            var stepper = Stepper(chunk.Length);
            stepper.Reset();
            float[] last = [];
            for (int t = 0; t < window; t++)
                last = stepper.Step(OneHot(encoded, chunk.Select(s => s + t).ToArray(), 1));
            for (int b = 0; b < chunk.Length; b++, row++)
                for (int c = 0; c < Vocabulary; c++)
                    logits[row, c] = last[b * Vocabulary + c];
        }
        return logits;
    }

    /// <summary>The logits after every character of <paramref name="encoded"/>, read in one pass from zero states.</summary>
    public Matrix<double> RunningLogits(int[] encoded)
    {
        var stepper = Stepper(1);
        stepper.Reset();
        var logits = Matrix<double>.Build.Dense(encoded.Length, Vocabulary);
        for (int t = 0; t < encoded.Length; t++)
        {
            var step = stepper.Step(OneHot(encoded, [t], 1));
            for (int c = 0; c < Vocabulary; c++)
                logits[t, c] = step[c];
        }
        return logits;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var stepper in _steppers.Values)
            stepper.Dispose();
        _trainer.Dispose();
        _model.Dispose();
        _backend.Dispose();
    }

    private NetworkStepper Stepper(int batch)
    {
        if (!_steppers.TryGetValue(batch, out var stepper))
            _steppers[batch] = stepper = _model.CreateStepper(batch);
        return stepper;
    }

    // Batch-major one-hot floats [B × T × V] of the windows of T characters starting at starts.
    private float[] OneHot(int[] text, IReadOnlyList<int> starts, int steps)
    {
        var values = new float[starts.Count * steps * Vocabulary];
        for (int b = 0; b < starts.Count; b++)
            for (int t = 0; t < steps; t++)
                values[((b * steps) + t) * Vocabulary + text[starts[b] + t]] = 1f;
        return values;
    }
}
