namespace RnnKata.Lab06;

/// <summary>The lecture's <c>model.fit</c>, here on the engine in float32 (same shuffles, batches and RMSProp steps as the given double loop).</summary>
public static class Training
{
    /// <summary>Trains the lecture's model on <paramref name="train"/>.</summary>
    public static TrainedModel Fit(TrainingOptions options, WindowSet train, Action<EpochProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Require(train);
        var network = EngineNetwork.Create(options, train.Steps);
        try
        {
            var random = new Random(options.Seed);
            var order = Enumerable.Range(0, train.Count).ToArray();
            int batches = train.Count / options.BatchSize;
            var (losses, epochLosses) = (new List<double>(), new List<double>());
            for (int epoch = 1; epoch <= options.Epochs; epoch++)
            {
                for (int k = order.Length - 1; k > 0; k--)
                {
                    int j = random.Next(k + 1);
                    (order[k], order[j]) = (order[j], order[k]);
                }
                for (int b = 0; b < batches; b++)
                    losses.Add(network.TrainStep(train.Rows(new ArraySegment<int>(order, b * options.BatchSize, options.BatchSize))));
                epochLosses.Add(losses.Skip(losses.Count - batches).Average());
                progress?.Invoke(new EpochProgress(epoch, options.Epochs, epochLosses[^1]));
            }
            return new TrainedModel(options, train.Steps, network, losses, epochLosses);
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }
}
