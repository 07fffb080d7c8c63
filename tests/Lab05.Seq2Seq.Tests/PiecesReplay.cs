namespace RnnKata.Lab05.Tests;

/// <summary>
/// <see cref="Seq2SeqTraining.Run"/>'s loop assembled in double from the lab's pieces (<see cref="Seq2SeqModel"/>,
/// <see cref="SeedLoss"/>, <see cref="RmsProp"/>): the training losses the reference's float32 engine must reproduce.
/// </summary>
internal static class PiecesReplay
{
    public static double[] TrainLosses(Seq2SeqTrainingOptions options, Func<int, Random, Seq2SeqBatch> batches)
    {
        var parameters = Seq2SeqParameters.Seeded(options.Spec, options.Seed);
        var model = new Seq2SeqModel(parameters);
        var optimizer = new RmsProp(options.LearningRate, options.Decay, options.Momentum, options.Epsilon, options.InitialAccumulator);
        var mask = parameters.L2Mask(options.L2Scope);
        var random = new Random(options.Seed);
        var losses = new double[options.Iterations + 1];
        for (int t = 0; t <= options.Iterations; t++)
        {
            var batch = batches(options.BatchSize, random);
            var run = model.Forward(batch.Inputs, batch.DecoderInputs(options.Feed));
            var loss = SeedLoss.HalfSumOfSquares(run.Predictions, batch.Targets);
            var theta = parameters.ToFlat();
            var penalty = SeedLoss.L2Penalty(theta, mask, options.L2);
            optimizer.LearningRate = CosineLearningRate(options, t);
            optimizer.Step(theta, model.Backward(run, loss.Gradients) + penalty.Gradient);
            parameters.SetFlat(theta);
            losses[t] = loss.Value + penalty.Value;
        }
        return losses;
    }

    // Chapter 5's schedule written out here rather than taken from the options: lr_f + (lr − lr_f)·(1 + cos(πt/T))/2.
    private static double CosineLearningRate(Seq2SeqTrainingOptions options, int t) => options.FinalLearningRate is { } final
        ? final + (options.LearningRate - final) * 0.5 * (1 + Math.Cos(Math.PI * t / options.Iterations))
        : options.LearningRate;
}
