using RnnKata.Engine;
using RnnKata.Experiments.Lab07;
using RnnKata.Experiments.Running;
using RnnKata.Lab07;

namespace RnnKata.Experiments.Tests;

/// <summary>Lab 7's experiment with <c>--quick</c> against the reference solution, and the bag-of-words baseline it reports.</summary>
public sealed class Lab07QuickRunTests
{
    private string _output = string.Empty;

    [SetUp]
    public void CreateOutputFolder() => _output = Directory.CreateTempSubdirectory("rnnkata-lab07-").FullName;

    [TearDown]
    public void RemoveOutputFolder() => Directory.Delete(_output, recursive: true);

    private static double Value(ExperimentResult result, string metric) =>
        result.Metrics.Should().ContainSingle(m => m.Name == metric, $"the experiment reports '{metric}'").Subject.Value;

    [Test]
    public void Lab07_draws_four_figures_and_reports_both_sets_beside_the_bag_of_words()
    {
        var settings = new ExperimentSettings(["lab07"], BackendKind.Simd, 42, 1, Quick: true, _output, null, "solutions");
        var outcome = ExperimentRunner.Run([new Lab07Experiment()], settings, _ => _ => { }).Single();
        outcome.Status.Should().Be(ExperimentStatus.Completed, outcome.Message);
        var result = outcome.Result!;

        result.Figures.Select(Path.GetFileName).Should().Equal("07-en-training.png", "07-en-hidden-path.png", "07-ru-training.png", "07-ru-hidden-path.png");
        Value(result, "English: unknown test words").Should().Be(2, "'today' twice");
        Value(result, "Russian: unknown test words").Should().Be(2, "'сегодня' twice");
        // Mirror pairs share one bag of words, so the baseline is right on exactly one phrase of each pair.
        Value(result, "English: bag-of-words test accuracy, order-dependent phrases").Should().Be(0.5);
        Value(result, "Russian: bag-of-words test accuracy, order-dependent phrases").Should().Be(0.5);
        result.Metrics.Where(m => m.Name.Contains("accuracy", StringComparison.Ordinal)).Should().OnlyContain(m => m.Value >= 0 && m.Value <= 1);
        result.Metrics.Should().OnlyContain(m => m.Definition.StartsWith("QUICK", StringComparison.Ordinal));
        result.Listings.Select(l => l.Title).Should().Contain("English: the lecture's printout, seed 42").And.Contain("the lecture's own numbers");
    }

    [Test]
    public void The_bag_of_words_gives_reordered_words_the_same_probability_and_learns_plain_words()
    {
        var train = new[] { new SentimentExample("good", 1), new SentimentExample("bad", 0), new SentimentExample("very good", 1), new SentimentExample("very bad", 0) };
        var vocabulary = Vocabulary.FromTexts(train.Select(e => e.Text));

        var baseline = BagOfWordsBaseline.Fit(vocabulary, train);

        baseline.PositiveProbability("good not bad").Should().Be(baseline.PositiveProbability("bad not good"));
        baseline.Accuracy(train).Should().Be(1.0);
        baseline.PositiveProbability("good").Should().BeGreaterThan(0.5).And.BeGreaterThan(baseline.PositiveProbability("bad"));
    }
}
