using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab05.Tests;

/// <summary>
/// <see cref="Seq2SeqTraining.Run"/>'s test reports assembled in double from the lab's pieces: after every step with
/// t % TestEvery == 0 (and after the last), the seed's loss (½Σ + λ·L2) of the stepped model on a fresh batch drawn from
/// <c>new Random(Seed + 1)</c>, as the given loop documents.
/// </summary>
internal static class PiecesTestReplay
{
    public static Seq2SeqProgress[] Reports(Seq2SeqTrainingOptions options, Func<int, Random, Seq2SeqBatch> batches)
    {
        var parameters = Seq2SeqParameters.Seeded(options.Spec, options.Seed);
        var model = new Seq2SeqModel(parameters);
        var optimizer = new RmsProp(options.LearningRate, options.Decay, options.Momentum, options.Epsilon, options.InitialAccumulator);
        var mask = parameters.L2Mask(options.L2Scope);
        var (train, test) = (new Random(options.Seed), new Random(options.Seed + 1));
        var reports = new List<Seq2SeqProgress>();
        for (int t = 0; t <= options.Iterations; t++)
        {
            double trainLoss = Loss(model, parameters, mask, options, batches(options.BatchSize, train), step: optimizer);
            if (t % options.TestEvery == 0 || t == options.Iterations)
                reports.Add(new Seq2SeqProgress(t, trainLoss, Loss(model, parameters, mask, options, batches(options.BatchSize, test), step: null)));
        }
        return [.. reports];
    }

    // The seed's loss of the current parameters on one batch; with an optimizer, one step on it afterwards.
    private static double Loss(Seq2SeqModel model, Seq2SeqParameters parameters, Vector<double> mask, Seq2SeqTrainingOptions options, Seq2SeqBatch batch, RmsProp? step)
    {
        var run = model.Forward(batch.Inputs, batch.DecoderInputs(options.Feed));
        var loss = SeedLoss.HalfSumOfSquares(run.Predictions, batch.Targets);
        var theta = parameters.ToFlat();
        var penalty = SeedLoss.L2Penalty(theta, mask, options.L2);
        if (step is not null)
        {
            step.Step(theta, model.Backward(run, loss.Gradients) + penalty.Gradient);
            parameters.SetFlat(theta);
        }
        return loss.Value + penalty.Value;
    }
}
