using System.Text;
using RnnKata.Engine;
using RnnKata.Experiments.Lab08;
using RnnKata.Experiments.Running;

namespace RnnKata.Experiments.Tests;

/// <summary>Lab 8's experiment with <c>--quick</c> against the reference solution, on the shipped corpus and on a file of its own.</summary>
public sealed class Lab08QuickRunTests
{
    private string _output = string.Empty;

    [SetUp]
    public void CreateOutputFolder() => _output = Directory.CreateTempSubdirectory("rnnkata-lab08-").FullName;

    [TearDown]
    public void RemoveOutputFolder() => Directory.Delete(_output, recursive: true);

    private ExperimentOutcome RunQuick(string? corpus = null)
    {
        var settings = new ExperimentSettings(["lab08"], BackendKind.Simd, 42, 1, Quick: true, _output, null, "solutions") { Corpus = corpus };
        return ExperimentRunner.Run([new Lab08Experiment()], settings, _ => _ => { }).Single();
    }

    [Test]
    public void Lab08_draws_its_figure_and_reports_both_models_beside_the_unigram_entropy_with_samples()
    {
        var outcome = RunQuick();

        outcome.Status.Should().Be(ExperimentStatus.Completed, outcome.Message);
        var result = outcome.Result!;
        result.Figures.Select(Path.GetFileName).Should().Equal(Lab08Experiment.FigureFile);
        result.Metrics.Select(m => m.Name).Should().Contain(["unigram entropy", "lecture: validation bits/char", "min-char-rnn: validation bits/char",
            "speed: lecture (Elman 128) characters/s", "speed: larger (LSTM 2 × 256) characters/s"]);
        result.Metrics.Should().OnlyContain(m => double.IsFinite(m.Value) && m.Value > 0 && m.Definition.StartsWith("QUICK", StringComparison.Ordinal));
        result.Listings.Single(l => l.Title.StartsWith("lecture: samples", StringComparison.Ordinal)).Text.Should().Contain("T = 0.5").And.Contain("T = 1.0").And.Contain("T = 1.5");
    }

    [Test]
    public void A_corpus_given_on_the_command_line_is_the_text_the_models_learn()
    {
        var path = Path.Combine(_output, "mine.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("Сеть читает текст по одному знаку. ", 60)), new UTF8Encoding(false));

        var result = RunQuick(path).Result!;

        result.Metrics.Single(m => m.Name == "unigram entropy").Definition.Should().Contain("mine.txt");
        result.Listings.Single(l => l.Title.StartsWith("lecture: samples", StringComparison.Ordinal)).Text.Should().Contain("сеть");
    }

    [Test]
    public void A_corpus_that_is_not_UTF8_fails_the_experiment_naming_the_file()
    {
        var path = Path.Combine(_output, "latin1.txt");
        File.WriteAllBytes(path, [0x63, 0x61, 0x66, 0xE9]);

        var outcome = RunQuick(path);

        outcome.Status.Should().NotBe(ExperimentStatus.Completed);
        outcome.Message.Should().Contain("latin1.txt").And.Contain("UTF-8");
    }
}
