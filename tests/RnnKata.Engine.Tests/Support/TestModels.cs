namespace RnnKata.Engine.Tests.Support;

/// <summary>Tiny configurations and their data for the tests (the ILGPU CPU accelerator is slow).</summary>
public static class TestModels
{
    /// <summary>A small recurrent network of <paramref name="cell"/>.</summary>
    public static BenchmarkConfiguration Network(CellKind cell, HeadPlacement head, LossKind loss, int layers = 2) => new()
    {
        Name = $"{cell}-{head}-{loss}", Model = ModelKind.RecurrentNetwork,
        Network = new NetworkShape
        {
            Cell = cell, Layers = layers, Input = 3, Hidden = 5, Output = loss == LossKind.SoftmaxCrossEntropy ? 4 : 2, Steps = 4, Batch = 3,
            Head = head, Loss = loss,
        },
        Optimizer = OptimizerSettings.Adam(), Data = DataKind.Gaussian,
    };

    /// <summary>A small seq2seq of <paramref name="cell"/> with L2.</summary>
    public static BenchmarkConfiguration Seq2Seq(CellKind cell, int layers = 2) => new()
    {
        Name = $"seq2seq-{cell}", Model = ModelKind.Seq2Seq,
        Network = new NetworkShape
        {
            Cell = cell, Layers = layers, Input = 2, Hidden = 4, Output = 2, Steps = 4, Batch = 3, Head = HeadPlacement.EveryStep,
            Loss = LossKind.HalfSumOfSquares,
        },
        L2 = 0.05f, Optimizer = OptimizerSettings.RmsProp(0.007f, 0.92f, 0.5f), Data = DataKind.Gaussian,
    };

    /// <summary>
    /// Seq2seq options that between them use every new choice: a learned output scale, both L2 scopes, both decoder feeds
    /// (the first uses them all at once).
    /// </summary>
    public static IEnumerable<(Seq2SeqOptions Options, string Name)> Seq2SeqOptionCases()
    {
        yield return (new Seq2SeqOptions { L2 = 0.05f, L2Scope = L2Scope.AllButOutputScale, LearnedOutputScale = true, DecoderFeed = DecoderFeed.ShiftedTargets },
            "scale, L2 on all but s, teacher forcing");
        yield return (new Seq2SeqOptions { L2 = 0.05f, LearnedOutputScale = true }, "scale, L2 on recurrent weights, encoder inputs fed");
        yield return (new Seq2SeqOptions { L2 = 0.05f, L2Scope = L2Scope.AllButOutputScale, DecoderFeed = DecoderFeed.ShiftedTargets },
            "no scale, L2 on all, teacher forcing");
    }

    /// <summary><paramref name="config"/> with other sizes.</summary>
    public static BenchmarkConfiguration Resized(this BenchmarkConfiguration config, int? hidden = null, int? batch = null, int? steps = null) =>
        config with
        {
            Network = config.Network with
            {
                Hidden = hidden ?? config.Network.Hidden, Batch = batch ?? config.Network.Batch, Steps = steps ?? config.Network.Steps,
            },
        };

    /// <summary><paramref name="config"/> with a hidden dense layer of <paramref name="units"/> (then relu) in its head.</summary>
    public static BenchmarkConfiguration WithHeadHidden(this BenchmarkConfiguration config, int units) =>
        config with { Name = $"{config.Name}-head{units}", Network = config.Network with { HeadHidden = units } };

    /// <summary><paramref name="config"/> with another cell.</summary>
    public static BenchmarkConfiguration WithCell(this BenchmarkConfiguration config, CellKind cell) =>
        config with { Network = config.Network with { Cell = cell } };

    /// <summary>Gaussian inputs and targets (random class indices for the cross-entropy) that fit <paramref name="config"/>.</summary>
    public static SequenceBatch Data(BenchmarkConfiguration config, int seed)
    {
        var n = config.Network;
        var random = new Random(seed);
        var targetSteps = config.Model == ModelKind.RecurrentNetwork ? n.PredictionSteps : n.Steps;
        var inputs = BenchmarkData.Gaussian(n.Steps * n.Batch * n.Input, random);
        var targets = n.Classifies
            ? Enumerable.Range(0, targetSteps * n.Batch).Select(_ => (float)random.Next(n.Output)).ToArray()
            : BenchmarkData.Gaussian(targetSteps * n.Batch * n.Output, random);
        return new SequenceBatch(
            SequenceTensor.FromTimeMajor(inputs, n.Steps, n.Batch, n.Input),
            SequenceTensor.FromTimeMajor(targets, targetSteps, n.Batch, n.TargetFeatures));
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
