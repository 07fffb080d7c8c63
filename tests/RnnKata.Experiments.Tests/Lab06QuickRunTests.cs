using RnnKata.Engine;
using RnnKata.Experiments.Lab06;
using RnnKata.Experiments.Running;
using RnnKata.Lab06;

namespace RnnKata.Experiments.Tests;

/// <summary>Lab 6's experiment with <c>--quick</c> against the reference solution, on the shipped prices and on a CSV of its own.</summary>
public sealed class Lab06QuickRunTests
{
    private string _output = string.Empty;

    [SetUp]
    public void CreateOutputFolder() => _output = Directory.CreateTempSubdirectory("rnnkata-lab06-").FullName;

    [TearDown]
    public void RemoveOutputFolder() => Directory.Delete(_output, recursive: true);

    private ExperimentResult RunQuick(string? csv = null)
    {
        var settings = new ExperimentSettings(["lab06"], BackendKind.Simd, 42, 1, Quick: true, _output, null, "solutions") { PriceCsv = csv };
        var outcome = ExperimentRunner.Run([new Lab06Experiment()], settings, _ => _ => { }).Single();
        outcome.Status.Should().Be(ExperimentStatus.Completed, outcome.Message);
        return outcome.Result!;
    }

    private static double Value(ExperimentResult result, string metric) =>
        result.Metrics.Should().ContainSingle(m => m.Name == metric, $"the experiment reports '{metric}'").Subject.Value;

    [Test]
    public void Lab06_draws_both_figures_and_reports_the_models_beside_the_noise_floor_and_the_baselines()
    {
        var result = RunQuick();

        result.Figures.Select(Path.GetFileName).Should().Equal(Lab06Experiment.LectureFigureFile, Lab06Experiment.StockFigureFile);
        Value(result, "lecture: noise floor").Should().BeApproximately(1.0 / 3, 1e-12);
        // Baselines on the seed's own series: the last value carries two noises (≈ 2/3), the moving average about 1/3 + 1/12.
        Value(result, "lecture: baseline last value test MSE").Should().BeInRange(0.5, 0.85);
        Value(result, "lecture: baseline moving average of the window test MSE").Should().BeInRange(0.35, 0.5);
        foreach (var model in new[] { "lecture: model test MSE", "lecture: lecture-shape model (1 step × 4 features) test MSE", "stock: model test MSE of log returns" })
            Value(result, model).Should().BePositive();
        result.Metrics.Should().OnlyContain(m => double.IsFinite(m.Value) && m.Definition.StartsWith("QUICK", StringComparison.Ordinal));
        result.Listings.Should().ContainSingle().Which.Text.Should().Contain("synthetic-gbm.csv");
    }

    [Test]
    public void A_csv_given_on_the_command_line_is_the_stock_the_model_predicts()
    {
        var path = Path.Combine(_output, "mine.csv");
        File.WriteAllLines(path, PriceCsv.Write(SyntheticPrices.Gbm(300, 50, 0, 0.2, seed: 4), "a test's own prices"));

        var result = RunQuick(path);

        result.Metrics.Single(m => m.Name == StockRuns.NaiveReturnMse).Definition.Should().Contain("mine.csv").And.Contain("299 returns");
        result.Listings.Single().Text.Should().Contain("mine.csv");
    }
}
