namespace RnnKata.Engine.Tests.Support;

/// <summary>Tiny configurations and their data for the tests (the ILGPU CPU accelerator is slow).</summary>
public static class TestModels
{
    /// <summary>A small regressor of <paramref name="cell"/>.</summary>
    public static BenchmarkConfiguration Regressor(CellKind cell, HeadPlacement head, LossKind loss, int layers = 2) => new()
    {
        Name = $"{cell}-{head}-{loss}", Model = ModelKind.Regressor, Cell = cell, Layers = layers, Input = 3, Hidden = 5,
        Output = loss == LossKind.SoftmaxCrossEntropy ? 4 : 2, Steps = 4, Batch = 3, Head = head, Loss = loss,
        Optimizer = OptimizerSettings.Adam(), Data = DataKind.Gaussian,
    };

    /// <summary>A small seq2seq of <paramref name="cell"/> with L2.</summary>
    public static BenchmarkConfiguration Seq2Seq(CellKind cell, int layers = 2) => new()
    {
        Name = $"seq2seq-{cell}", Model = ModelKind.Seq2Seq, Cell = cell, Layers = layers, Input = 2, Hidden = 4, Output = 2,
        Steps = 4, Batch = 3, L2 = 0.05f, Optimizer = OptimizerSettings.RmsProp(0.007f, 0.92f, 0.5f), Data = DataKind.Gaussian,
    };

    /// <summary>Gaussian inputs and targets (random class indices for the cross-entropy) that fit <paramref name="config"/>.</summary>
    public static SequenceBatch Data(BenchmarkConfiguration config, int seed)
    {
        var random = new Random(seed);
        var rows = config.Model == ModelKind.Regressor && config.Head == HeadPlacement.LastStep ? config.Batch : config.Batch * config.Steps;
        var inputs = BenchmarkData.Gaussian(config.Steps * config.Batch * config.Input, random);
        var targets = config.Loss == LossKind.SoftmaxCrossEntropy
            ? Enumerable.Range(0, rows).Select(_ => (float)random.Next(config.Output)).ToArray()
            : BenchmarkData.Gaussian(rows * config.Output, random);
        return new SequenceBatch(inputs, targets);
    }

    /// <summary>The engine's loss (with the regularisation) and parameter gradients, from zeroed gradients.</summary>
    public static (float Loss, float[] Gradient) EngineGradient(SequenceModel model, SequenceBatch batch)
    {
        model.LoadInputs(batch.Inputs);
        model.LoadTargets(batch.Targets);
        model.Parameters.ZeroGradients();
        var loss = model.ForwardLoss() + model.Regularize();
        model.Backward();
        return (loss, model.Parameters.ReadGradients());
    }
}
