using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04;

/// <summary>The mini-batch training loop (chapter 4, "The training loop"), here on the engine.</summary>
public static class Training
{
    /// <summary>COMP3222's loop: <paramref name="iterations"/> steps on fresh random windows.</summary>
    public static TrainedModel OnRandomWindows(TrainingOptions options, RandomWindowSource source, int iterations,
                                               WindowBatch? test = null, Action<TrainingProgress>? progress = null)
    {
        TrainingSetup.Require(options, iterations, nameof(iterations));
        ArgumentNullException.ThrowIfNull(source);
        var random = new Random(options.Seed);
        var network = EngineNetwork.Create(options, source.Steps);
        try
        {
            var (losses, history) = (new List<double>(iterations), new List<TrainingProgress>());
            var checkpoint = new LowestLossCheckpoint(network, options.RestoreLowestBatchLoss);
            for (int i = 0; i < iterations; i++)
            {
                var batch = Windows.Random(source, options.BatchSize, random);
                losses.Add(network.TrainStep(batch.Inputs, TrainingSetup.TargetsFor(options.Network, source.Steps, batch.Targets)));
                checkpoint.AfterStep(losses[^1]);
                if (TrainingSetup.Due(i, options.ReportEvery, i == iterations - 1))
                    Report(new TrainingProgress(i, losses[^1], TestLoss(network, options, test)), history, progress);
            }
            checkpoint.Restore();
            return new TrainedModel(network, options.Network, losses, history);
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    /// <summary>The LSTM lab's and the GRU blog's loop: <paramref name="epochs"/> shuffled passes over <paramref name="train"/>.</summary>
    public static TrainedModel OnDataset(TrainingOptions options, WindowBatch train, int epochs,
                                         WindowBatch? test = null, Action<TrainingProgress>? progress = null)
    {
        TrainingSetup.Require(options, epochs, nameof(epochs));
        ArgumentNullException.ThrowIfNull(train);
        if (train.Count < options.BatchSize)
            throw new ArgumentException($"The training set holds {train.Count} windows, fewer than one batch of {options.BatchSize}.", nameof(train));
        int steps = train.Inputs.ColumnCount, batches = train.Count / options.BatchSize;
        var targets = TrainingSetup.TargetsFor(options.Network, steps, train.Targets);
        var data = new WindowBatch(train.Inputs, targets);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var network = EngineNetwork.Create(options, steps);
        try
        {
            var (losses, history) = (new List<double>(epochs * batches), new List<TrainingProgress>());
            var checkpoint = new LowestLossCheckpoint(network, options.RestoreLowestBatchLoss);
            for (int epoch = 1; epoch <= epochs; epoch++)
            {
                for (int k = order.Length - 1; k > 0; k--)
                {
                    int j = random.Next(k + 1);
                    (order[k], order[j]) = (order[j], order[k]);
                }
                for (int b = 0; b < batches; b++)
                {
                    var batch = data.Rows(new ArraySegment<int>(order, b * options.BatchSize, options.BatchSize));
                    losses.Add(network.TrainStep(batch.Inputs, batch.Targets));
                    checkpoint.AfterStep(losses[^1]);
                }
                if (TrainingSetup.Due(epoch, options.ReportEvery, epoch == epochs))
                    Report(new TrainingProgress(epoch, losses.Skip(losses.Count - batches).Average(), TestLoss(network, options, test)), history, progress);
            }
            checkpoint.Restore();
            return new TrainedModel(network, options.Network, losses, history);
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    private static double? TestLoss(EngineNetwork network, TrainingOptions options, WindowBatch? test)
    {
        if (test is null)
            return null;
        var outputs = network.Outputs(test.Inputs);
        return Losses.Compute(options.Loss, outputs, TrainingSetup.TargetsFor(options.Network, test.Inputs.ColumnCount, test.Targets)).Value;
    }

    private static void Report(TrainingProgress report, List<TrainingProgress> history, Action<TrainingProgress>? progress)
    {
        history.Add(report);
        progress?.Invoke(report);
    }
}
