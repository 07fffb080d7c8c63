namespace RnnKata.Lab05;

/// <summary>The seed's training loop (chapter 5, "Training"), here on the engine in float32.</summary>
public static class Seq2SeqTraining
{
    /// <summary>Trains for iterations t = 0 … <c>options.Iterations</c> on fresh batches, with a test batch every TestEvery.</summary>
    public static Seq2SeqTrainingResult Run(Seq2SeqTrainingOptions options, Func<int, Random, Seq2SeqBatch> batches,
                                           Action<Seq2SeqProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(batches);
        options.Validate();
        var (train, test) = (new Random(options.Seed), new Random(options.Seed + 1));
        var first = batches(options.BatchSize, train);
        using var network = EngineSeq2Seq.Create(options, first.Steps);
        var (losses, tests) = (new List<double>(), new List<Seq2SeqProgress>());
        for (int t = 0; t <= options.Iterations; t++)
        {
            losses.Add(network.TrainStep(t == 0 ? first : batches(options.BatchSize, train), options.LearningRateAt(t)));
            if (t % options.TestEvery == 0 || t == options.Iterations)
            {
                tests.Add(new Seq2SeqProgress(t, losses[^1], network.Loss(batches(options.BatchSize, test))));
                progress?.Invoke(tests[^1]);
            }
        }
        return new Seq2SeqTrainingResult(losses, tests, network.Parameters());
    }
}
