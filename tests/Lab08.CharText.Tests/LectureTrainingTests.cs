using RnnKata.Given.Recurrent;

namespace RnnKata.Lab08.Tests;

/// <summary>
/// The lecture's training (<see cref="LectureTraining.Fit"/>) against the same run replayed in double from the pieces
/// (<see cref="Replay"/>): the loss of every step and the trained model's validation bits per character, for the Elman
/// network and a two-layer LSTM. The reference trains on the engine in float32 (<c>simd</c> backend).
/// </summary>
[TestFixture]
[KataTask(2)]
public class LectureTrainingTests
{
    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= Tolerance.Float32.Training * Math.Max(1, Math.Abs(expected));

    private static LectureOptions Small(RecurrentCell cell = RecurrentCell.Elman, int layers = 1) =>
        new(cell, layers, Hidden: 6, Steps: 4, BatchSize: 4, Epochs: 2, LearningRate: 0.01, GeneratedLength: 5, Seed: 7, Backend: "simd");

    [TestCase(RecurrentCell.Elman, 1)]
    [TestCase(RecurrentCell.Lstm, 2)]
    public void The_losses_and_the_validation_score_match_the_run_replayed_from_the_pieces(RecurrentCell cell, int layers)
    {
        var corpus = Replay.Corpus();
        var options = Small(cell, layers);

        using var model = LectureTraining.Fit(options, corpus);

        var (losses, bits) = Replay.Lecture(options, corpus);
        model.Losses.Should().HaveCount(losses.Length, "one loss per full batch of every round: 2 × ⌊58/4⌋ = 28");
        TestContext.Out.WriteLine($"largest relative loss difference: {model.Losses.Zip(losses, (a, e) => Math.Abs(a - e) / Math.Max(1, Math.Abs(e))).Max():E2}");
        model.Losses.Should().Equal(losses, Close, "same first weights, shuffles, batches and Adam steps (float32 within 1e-5)");
        model.BitsPerChar(corpus.Validation).Should().Match(b => Close(b, bits), "the returned model is the one after the last step; replayed {0}", bits);
    }

    [Test]
    public void Every_round_reports_its_mean_loss_the_validation_score_and_a_greedy_sample_from_a_training_window()
    {
        var corpus = Replay.Corpus();
        var reports = new List<RoundReport>();

        using var model = LectureTraining.Fit(Small(), corpus, reports.Add);

        reports.Select(r => r.Round).Should().Equal(1, 2);
        model.Rounds.Should().Equal(reports);
        reports.Select(r => r.TrainLoss).Should().Equal(model.Losses.Chunk(14).Select(c => c.Average()),
            (a, e) => Math.Abs(a - e) <= Tolerance.ClosedForm * Math.Max(1, e), "each round's mean of its 14 batch losses");
        reports[^1].ValidationBits.Should().Be(model.BitsPerChar(corpus.Validation));
        foreach (var report in reports)
        {
            corpus.Train.Should().Contain(report.Seed, "the sample starts from 10 characters of the training text");
            report.Greedy.Should().HaveLength(5).And.Be(model.Generate(report.Seed, 5, null, new Random(1)), "greedy generation needs no randomness");
        }
    }
}
