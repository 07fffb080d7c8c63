namespace RnnKata.Lab05;

/// <summary>
/// The seed's training loop over your pieces (chapter 5, "Training"). Given, not an exercise: read it to see how
/// <see cref="Seq2SeqModel"/>, <see cref="SeedLoss"/> and <see cref="RmsProp"/> fit together. The reference solution
/// runs the same loop on the engine in float32 (its TrainLosses agree with this one's).
/// </summary>
public static class Seq2SeqTraining
{
    /// <summary>
    /// Trains a <see cref="Seq2SeqParameters.Seeded"/> model for iterations t = 0 … <c>options.Iterations</c>, each on a fresh
    /// <paramref name="batches"/>(B, random) from <c>new Random(options.Seed)</c>; after every step with t % TestEvery == 0
    /// (and after the last) the loss on a fresh test batch from <c>new Random(options.Seed + 1)</c>. Step t uses
    /// <c>options.LearningRateAt(t)</c>.
    /// </summary>
    /// <param name="options">What to train and how.</param>
    /// <param name="batches">Draws a batch of the given size (<see cref="SeedExercise.Batches"/>).</param>
    /// <param name="progress">Sees every test report.</param>
    /// <exception cref="ArgumentException">The options are out of range (the exception names the setting).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="batches"/> is null.</exception>
    public static Seq2SeqTrainingResult Run(Seq2SeqTrainingOptions options, Func<int, Random, Seq2SeqBatch> batches,
                                           Action<Seq2SeqProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(batches);
        options.Validate();
        var parameters = Seq2SeqParameters.Seeded(options.Spec, options.Seed);
        var model = new Seq2SeqModel(parameters);
        var optimizer = new RmsProp(options.LearningRate, options.Decay, options.Momentum, options.Epsilon, options.InitialAccumulator);
        var mask = parameters.L2Mask(options.L2Scope);
        var (train, test) = (new Random(options.Seed), new Random(options.Seed + 1));
        var (losses, tests) = (new List<double>(), new List<Seq2SeqProgress>());
        for (int t = 0; t <= options.Iterations; t++)
        {
            var batch = batches(options.BatchSize, train);
            var run = model.Forward(batch.Inputs, batch.DecoderInputs(options.Feed));
            var loss = SeedLoss.HalfSumOfSquares(run.Predictions, batch.Targets);
            var theta = parameters.ToFlat();
            var penalty = SeedLoss.L2Penalty(theta, mask, options.L2);
            optimizer.LearningRate = options.LearningRateAt(t);
            optimizer.Step(theta, model.Backward(run, loss.Gradients) + penalty.Gradient);
            parameters.SetFlat(theta);
            losses.Add(loss.Value + penalty.Value);
            if (t % options.TestEvery == 0 || t == options.Iterations)
            {
                var held = batches(options.BatchSize, test);
                var testLoss = SeedLoss.HalfSumOfSquares(model.Forward(held.Inputs, held.DecoderInputs(options.Feed)).Predictions, held.Targets).Value
                               + SeedLoss.L2Penalty(parameters.ToFlat(), mask, options.L2).Value;
                tests.Add(new Seq2SeqProgress(t, losses[^1], testLoss));
                progress?.Invoke(tests[^1]);
            }
        }
        return new Seq2SeqTrainingResult(losses, tests, parameters.ToFlat());
    }
}
