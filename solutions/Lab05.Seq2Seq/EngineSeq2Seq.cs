using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine;
using EngineDecoderFeed = RnnKata.Engine.DecoderFeed;
using EngineL2Scope = RnnKata.Engine.L2Scope;

namespace RnnKata.Lab05;

/// <summary>
/// All of the reference solution's use of the engine, in one place: the seed's encoder–decoder as a float32
/// <see cref="Seq2SeqForecaster"/> (GRU, ½Σ loss, learned output scale, the chosen L2 scope and decoder feed) started from
/// the very weights <see cref="Seq2SeqParameters.Seeded"/> gives the exercise (the flat layouts agree), trained with the
/// engine's RMSProp one batch at a time. On a CPU every batch's rows are split between one replica per core
/// (<see cref="SplitBatchTrainer"/>): ½Σ adds up over rows, so the step is the whole batch's.
/// </summary>
internal sealed class EngineSeq2Seq : IDisposable
{
    private readonly SplitBatchTrainer _trainer;
    private readonly float[] _inputs;
    private readonly float[] _targets;

    private EngineSeq2Seq(SplitBatchTrainer trainer)
    {
        _trainer = trainer;
        _inputs = new float[trainer.Model.InputLength / trainer.Model.Batch * trainer.Batch];
        _targets = new float[trainer.Model.TargetLength / trainer.Model.Batch * trainer.Batch];
    }

    /// <summary>A model for <paramref name="options"/> on batches of <paramref name="steps"/> steps.</summary>
    public static EngineSeq2Seq Create(Seq2SeqTrainingOptions options, int steps)
    {
        var spec = options.Spec;
        var initial = Seq2SeqParameters.Seeded(spec, options.Seed).ToFlat().Select(v => (float)v).ToArray();
        var optimizer = OptimizerSettings.RmsProp((float)options.LearningRate, (float)options.Decay, (float)options.Momentum,
                                                  (float)options.Epsilon, (float)options.InitialAccumulator);
        var backends = SplitBatchTrainer.CreateBackends(options.Backend is null ? null : Backends.Parse(options.Backend), options.BatchSize);
        return new EngineSeq2Seq(new SplitBatchTrainer(backends, options.BatchSize, (backend, rows) =>
        {
            var shape = new NetworkShape
            {
                Cell = CellKind.Gru, Layers = spec.Layers, Input = spec.Input, Hidden = spec.Hidden, Output = spec.Output,
                Steps = steps, Batch = rows, Head = HeadPlacement.EveryStep, Loss = LossKind.HalfSumOfSquares,
            };
            var model = Seq2SeqForecaster.Create(backend, shape, new Seq2SeqOptions
            {
                L2 = (float)options.L2,
                L2Scope = options.L2Scope == L2Scope.AllButOutputScale ? EngineL2Scope.AllButOutputScale : EngineL2Scope.RecurrentWeights,
                LearnedOutputScale = true,
                DecoderFeed = options.Feed == DecoderFeed.ShiftedTargets ? EngineDecoderFeed.ShiftedTargets : EngineDecoderFeed.ShiftedEncoderInputs,
            }, options.Seed);
            model.Parameters.WriteValues(initial);
            return model;
        }, optimizer));
    }

    /// <summary>One RMSProp step of lr <paramref name="learningRate"/> on <paramref name="batch"/>; returns the seed's loss (½Σ + λ·L2) before the step.</summary>
    public double TrainStep(Seq2SeqBatch batch, double learningRate)
    {
        Load(batch);
        _trainer.LearningRate = (float)learningRate;
        return _trainer.TrainLoaded();
    }

    /// <summary>The seed's loss (½Σ + λ·L2) on <paramref name="batch"/> with the current parameters, without a step.</summary>
    public double Loss(Seq2SeqBatch batch)
    {
        Load(batch);
        return _trainer.EvaluateLoaded() + _trainer.Model.Regularize();
    }

    /// <summary>The parameters, flat in <see cref="Seq2SeqParameters"/>' order.</summary>
    public Vector<double> Parameters() => Vector<double>.Build.DenseOfEnumerable(_trainer.Model.Parameters.ReadValues().Select(v => (double)v));

    public void Dispose() => _trainer.Dispose();

    // Time-major floats [T × B × I]: entry (t·B + b)·I + f.
    private void Load(Seq2SeqBatch batch)
    {
        Fill(batch.Inputs, _inputs);
        Fill(batch.Targets, _targets);
        _trainer.Load(_inputs, _targets);
    }

    private static void Fill(IReadOnlyList<Matrix<double>> steps, float[] into)
    {
        int at = 0;
        foreach (var step in steps)
            for (int b = 0; b < step.RowCount; b++)
                for (int f = 0; f < step.ColumnCount; f++)
                    into[at++] = (float)step[b, f];
    }
}
