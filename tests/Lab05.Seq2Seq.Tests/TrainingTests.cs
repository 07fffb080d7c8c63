using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>
/// The given training loop over your pieces: a short run of the seed's exercise 1 must learn, reports come when the
/// seed's loop makes them, and the reference solution (the engine in float32, <c>simd</c> backend) must reproduce the
/// loop replayed from the pieces in double. Your code runs in double and ignores the backend.
/// </summary>
[TestFixture]
public class TrainingTests
{
    private static Seq2SeqTrainingOptions ExerciseOne(int iterations) =>
        new(SeedExercises.SineCosine.Spec, 32, iterations, Seed: 3) { Backend = "simd" };

    [Test]
    public void A_short_run_of_exercise_one_predicts_far_better_than_zeros()
    {
        var result = Seq2SeqTraining.Run(ExerciseOne(60), SeedSignals.SineCosine);

        var test = SeedSignals.SineCosine(200, new Random(99));
        var predictions = result.Model(SeedExercises.SineCosine.Spec).Forward(test.Inputs, test.DecoderInputs(DecoderFeed.ShiftedEncoderInputs)).Predictions;
        double trained = SeedLoss.MeanSquaredError(predictions, test.Targets);
        double zeros = SeedLoss.MeanSquaredError(predictions.Select(p => p * 0).ToArray(), test.Targets);
        TestContext.Out.WriteLine($"test MSE after 61 steps: {trained:G4} (zeros: {zeros:G4})");
        trained.Should().BeLessThan(zeros / 50, "61 RMSProp steps must learn sin and cos far better than predicting 0 (MSE 0.5)");
    }

    [Test]
    public void Tests_are_reported_every_ten_iterations_and_after_the_last()
    {
        var reports = new List<Seq2SeqProgress>();

        var result = Seq2SeqTraining.Run(ExerciseOne(25) with { Spec = new Seq2SeqSpec(2, 4) }, SeedSignals.SineCosine, reports.Add);

        reports.Select(r => r.Iteration).Should().Equal(0, 10, 20, 25);
        reports.Should().Equal(result.Tests, "the callback sees every report the result keeps");
        result.TrainLosses.Should().HaveCount(26, "t = 0 … 25, as the seed's trange(nb_iters + 1)");
        reports.Select(r => r.TrainLoss).Should().Equal(new[] { 0, 10, 20, 25 }.Select(i => result.TrainLosses[i]));
    }

    [TestCase(DecoderFeed.ShiftedEncoderInputs, L2Scope.AllButOutputScale, 1.0, null)]
    [TestCase(DecoderFeed.ShiftedTargets, L2Scope.RecurrentWeights, 0.0, null)]
    [TestCase(DecoderFeed.ShiftedEncoderInputs, L2Scope.AllButOutputScale, 1.0, 0.0007, TestName = "The loss curve with a cosine learning-rate schedule matches the loop replayed from the pieces")]
    public void The_loss_curve_matches_the_loop_replayed_from_the_pieces(DecoderFeed feed, L2Scope scope, double accumulator, double? finalLearningRate)
    {
        var options = new Seq2SeqTrainingOptions(new Seq2SeqSpec(2, 5), 4, 15, Seed: 11)
        {
            Feed = feed, L2Scope = scope, InitialAccumulator = accumulator, FinalLearningRate = finalLearningRate, Backend = "simd",
        };

        var result = Seq2SeqTraining.Run(options, SeedSignals.SineCosine);

        var expected = PiecesReplay.TrainLosses(options, SeedSignals.SineCosine);
        TestContext.Out.WriteLine($"largest relative difference: {result.TrainLosses.Zip(expected, (a, e) => Math.Abs(a - e) / Math.Max(1, Math.Abs(e))).Max():E2}");
        result.TrainLosses.Should().Equal(expected, (a, e) => Math.Abs(a - e) <= Tolerance.Float32.Training * Math.Max(1, Math.Abs(e)),
            "the loop is forward, the seed's loss with its L2 term, backward and one RMSProp step from Seq2SeqParameters.Seeded (float32 within 1e-5)");
    }
}
