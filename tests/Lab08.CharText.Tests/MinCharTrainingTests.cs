namespace RnnKata.Lab08.Tests;

/// <summary>
/// min-char-rnn's training (<see cref="MinCharTraining.Fit"/>) against the same run replayed in double from your chunk and
/// Adagrad (<see cref="Replay"/>): with chunks of 4 on 61 training characters a pass is 14 chunks and the text starts over
/// twice in 40 steps, each time exactly when the next chunk would end on the last character (p + 4 + 1 = 61, min-char-rnn's
/// <c>≥</c>), so the carried state, its reset and the clipping all show in the losses.
/// </summary>
[TestFixture]
[KataTask(5)]
public class MinCharTrainingTests
{
    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= Tolerance.Float32.Training * Math.Max(1, Math.Abs(expected));

    private static MinCharOptions Small() => new(Hidden: 5, Chunk: 4, Iterations: 40, LearningRate: 0.1, ReportEvery: 10, GeneratedLength: 5, Seed: 3, Backend: "simd");

    // 76 characters: 61 train, 15 held out.
    private static CorpusSplit Corpus() => Lab08.Corpus.Split(Replay.Text[..76], 0.2);

    [Test]
    public void The_losses_and_the_validation_score_match_the_run_replayed_from_the_pieces()
    {
        var corpus = Corpus();

        using var model = MinCharTraining.Fit(Small(), corpus);

        var (losses, bits) = Replay.MinChar(Small(), corpus);
        corpus.Train.Should().HaveLength(61);
        model.Losses.Should().HaveCount(40);
        TestContext.Out.WriteLine($"largest relative loss difference: {model.Losses.Zip(losses, (a, e) => Math.Abs(a - e) / Math.Max(1, Math.Abs(e))).Max():E2}");
        model.Losses.Should().Equal(losses, Close, "same first weights, chunks, carried states, clipping and Adagrad steps (float32 within 1e-5)");
        model.BitsPerChar(corpus.Validation).Should().Match(b => Close(b, bits), "replayed {0}", bits);
    }

    [Test]
    public void A_report_comes_every_ReportEvery_steps_and_after_the_last_with_the_smoothed_loss()
    {
        var corpus = Corpus();
        var options = Small();

        var reports = new List<RoundReport>();

        using var model = MinCharTraining.Fit(options with { Iterations = 35 }, corpus, reports.Add);
        using var even = MinCharTraining.Fit(options, corpus);

        model.Rounds.Should().Equal(reports, "each report is passed to the progress callback as it is made");
        model.Rounds.Select(r => r.Round).Should().Equal(1, 2, 3, 4);
        model.Rounds.Should().OnlyContain(r => r.Rounds == 4, "⌈35/10⌉ reports");
        even.Rounds.Should().HaveCount(4).And.OnlyContain(r => r.Rounds == 4, "40 steps give ⌈40/10⌉ = 4 reports, not 5");
        var smoothed = options.Smoothed(model.Losses, corpus.Alphabet.Size);
        model.Rounds.Select(r => r.TrainLoss).Should().Equal(new[] { 9, 19, 29, 34 }.Select(i => smoothed[i] / options.Chunk));
    }
}
