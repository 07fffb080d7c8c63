namespace RnnKata.Lab08.Tests;

/// <summary>
/// min-char-rnn's training (<see cref="MinCharTraining.Fit"/>) against the same run replayed in double from your chunk and
/// Adagrad (<see cref="Replay"/>): with chunks of 4 on 63 training characters the text starts over twice in 35 steps, so
/// the carried state, its reset and the clipping all show in the losses.
/// </summary>
[TestFixture]
[KataTask(5)]
public class MinCharTrainingTests
{
    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= Tolerance.Float32.Training * Math.Max(1, Math.Abs(expected));

    private static MinCharOptions Small() => new(Hidden: 5, Chunk: 4, Iterations: 35, LearningRate: 0.1, ReportEvery: 10, GeneratedLength: 5, Seed: 3, Backend: "simd");

    [Test]
    public void The_losses_and_the_validation_score_match_the_run_replayed_from_the_pieces()
    {
        var corpus = Replay.Corpus();

        using var model = MinCharTraining.Fit(Small(), corpus);

        var (losses, bits) = Replay.MinChar(Small(), corpus);
        model.Losses.Should().HaveCount(35);
        TestContext.Out.WriteLine($"largest relative loss difference: {model.Losses.Zip(losses, (a, e) => Math.Abs(a - e) / Math.Max(1, Math.Abs(e))).Max():E2}");
        model.Losses.Should().Equal(losses, Close, "same first weights, chunks, carried states, clipping and Adagrad steps (float32 within 1e-5)");
        model.BitsPerChar(corpus.Validation).Should().Match(b => Close(b, bits), "replayed {0}", bits);
    }

    [Test]
    public void A_report_comes_every_ReportEvery_steps_and_after_the_last_with_the_smoothed_loss()
    {
        var corpus = Replay.Corpus();
        var options = Small();

        using var model = MinCharTraining.Fit(options, corpus);

        model.Rounds.Select(r => r.Round).Should().Equal(1, 2, 3, 4);
        model.Rounds.Should().OnlyContain(r => r.Rounds == 4);
        var smoothed = options.Smoothed(model.Losses, corpus.Alphabet.Size);
        model.Rounds.Select(r => r.TrainLoss).Should().Equal(new[] { 9, 19, 29, 34 }.Select(i => smoothed[i] / options.Chunk));
    }
}
