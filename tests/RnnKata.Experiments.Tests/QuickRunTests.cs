using System.Globalization;
using RnnKata.Catalogue;
using RnnKata.Engine;
using RnnKata.Experiments.Lab01;
using RnnKata.Experiments.Lab02;
using RnnKata.Experiments.Lab03;
using RnnKata.Experiments.Lab04;
using RnnKata.Experiments.Lab05;
using RnnKata.Experiments.Running;
using SkiaSharp;

namespace RnnKata.Experiments.Tests;

/// <summary>
/// Each experiment with <c>--quick</c> against the reference solutions: it completes, draws its figures
/// into the output folder and reports its metrics. The chapters' numbers come from full runs.
/// </summary>
public sealed class QuickRunTests
{
    private string _output = string.Empty;

    [SetUp]
    public void CreateOutputFolder() => _output = Directory.CreateTempSubdirectory("rnnkata-experiments-").FullName;

    [TearDown]
    public void RemoveOutputFolder() => Directory.Delete(_output, recursive: true);

    private ExperimentResult RunQuick(IExperiment experiment, int seeds = 1, List<ProgressUpdate>? progress = null, IReadOnlyList<int>? lab05Exercises = null)
    {
        var settings = new ExperimentSettings([experiment.Name], BackendKind.Simd, 42, seeds, Quick: true, _output, null, "solutions")
        {
            Lab05Exercises = lab05Exercises,
        };
        var outcome = ExperimentRunner.Run([experiment], settings, _ => update => progress?.Add(update)).Single();
        outcome.Status.Should().Be(ExperimentStatus.Completed, outcome.Message);
        return outcome.Result!;
    }

    private void ShouldHaveDrawn(ExperimentResult result, params string[] files)
    {
        result.Figures.Select(Path.GetFileName).Should().Equal(files);
        foreach (var file in files)
        {
            using var image = SKBitmap.Decode(Path.Combine(_output, file));
            image.Should().NotBeNull($"{file} must be a PNG");
            image.Width.Should().BeGreaterThan(400);
        }
    }

    [Test]
    public void Lab01_draws_the_activations_and_counts_the_saturated_outputs_of_the_figures_snapshot()
    {
        var result = RunQuick(new Lab01Experiment());

        ShouldHaveDrawn(result, Lab01Experiment.FigureFile);
        // The snapshot the lab's tests hold the solution to: panel 1 is Y0, panel 2 is Y1.
        var snapshot = File.ReadAllText(Path.Combine(KataPaths.FindRoot(), "tests", "Lab01.TwoStepRnn.Tests", "__snapshots__", "seed-batch-activations.plot.txt"));
        var panels = snapshot.Split("panel ", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        double Saturated(string panel) => panel.Split('\n').Where(l => l.TrimStart().StartsWith("row ", StringComparison.Ordinal))
            .SelectMany(l => l.Split(':')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(v => Math.Abs(double.Parse(v, CultureInfo.InvariantCulture)) > Lab01Experiment.SaturationLevel);
        Value(result, "Y0 entries saturated").Should().Be(Saturated(panels[0]));
        Value(result, "Y1 entries saturated").Should().Be(Saturated(panels[1]));
        result.Listings.Should().ContainSingle().Which.Text.Split('\n').Should().HaveCount(5, "a header and one line per instance");
    }

    [Test]
    public void Lab02_draws_the_bptt_figure_and_reports_the_chapters_training_divergence_and_reach_numbers()
    {
        var result = RunQuick(new Lab02Experiment());

        ShouldHaveDrawn(result, Lab02Experiment.FigureFile);
        foreach (var activation in new[] { "tanh", "relu", "identity" })
        {
            Value(result, $"{activation} Losses[299]").Should().BeLessThan(Value(result, $"{activation} Losses[0]") / 10, "every activation learns the sine task");
            Value(result, $"{activation} η=0.1 clipped: lowest loss").Should().BeLessThan(1, "clipping keeps the large step size finite and learning");
            Value(result, $"{activation} step 0's share of it, %").Should().BeInRange(0, 100);
        }
        Value(result, "identity ‖∂J/∂h‖ 30 step(s) back").Should().BeGreaterThan(1e6 * Value(result, "identity ‖∂J/∂h‖ 1 step(s) back"));
        Value(result, "ρ(W), scale 0.5").Should().BeGreaterThan(1, "the reach weights amplify");
        Value(result, "tanh η=0.1 stops at epoch").Should().BeInRange(1, 299, "without clipping tanh's loss blows up at η = 0.1");
    }

    [Test]
    public void Lab03_draws_both_figures_and_trains_every_cell_at_both_lengths()
    {
        var result = RunQuick(new Lab03Experiment());

        ShouldHaveDrawn(result, Lab03Experiment.GradientFigureFile, Lab03Experiment.AddingFigureFile);
        Value(result, "Elman (tanh): log10 ‖∂L/∂h(0)‖").Should().BeLessThan(-10, "the chapter's Elman layer loses more than ten orders of magnitude");
        foreach (var steps in new[] { 50, 100 })
        {
            foreach (var cell in new[] { "Elman", "GRU", "LSTM" })
            {
                double.IsFinite(Value(result, $"{cell} T={steps} test MSE")).Should().BeTrue();
                Value(result, $"{cell} T={steps} within 0.04").Should().BeInRange(0, 1);
            }
            Value(result, $"baseline T={steps} test MSE").Should().BeInRange(0.05, 0.4, "always predicting 1.0 scores about 1/6 on 64 sequences");
        }
    }

    [Test]
    public void Lab04_draws_both_figures_and_reports_every_model_beside_the_baselines_on_the_seeds_data()
    {
        var result = RunQuick(new Lab04Experiment());

        ShouldHaveDrawn(result, Lab04Experiment.LossFigureFile, Lab04Experiment.ClosedLoopFigureFile);
        var iteration = Lab04Budget.Quick.Comp3222MetricIteration;
        foreach (var label in new[] { "Adam+MSE", "GD+MSE" })
            Value(result, $"COMP3222 {label}: batch MSE at iteration {iteration}").Should().BePositive();
        foreach (var label in new[] { "Adam+MSE", "GD+MSE", "Adam+RMSE", "Adam+MSE tanh", "Adam+MSE logistic", "Adam+MSE lr 0.004" })
            Value(result, $"COMP3222 {label}: expected batch MSE at iteration {iteration}").Should().BePositive();
        foreach (var run in new[] { "LSTM lab: test MSE", "LSTM lab: test MSE of the final model", "LSTM lab, the seed's mistake: trained on cos, tested on sin",
                                    "LSTM lab extension: GRU 128 test MSE", "LSTM lab extension: 2 LSTM layers test MSE" })
            Value(result, run).Should().BePositive();
        result.Metrics.Should().OnlyContain(m => double.IsFinite(m.Value), "no quick run may diverge");
        result.Metrics.Should().OnlyContain(m => m.Seed == null, "a quick run is not the seed's setting, so it is compared with no seed figure");
        result.Metrics.Should().OnlyContain(m => m.Definition.StartsWith("QUICK", StringComparison.Ordinal));
        // sin every 0.01: repeating the last value is off by about 0.01·|cos t| (mean 0.0064 in L1, 5e-5 in MSE),
        // extending the line by about 0.01²·|sin t| — so these pin the sampling step and the window.
        Value(result, "GRU blog: baseline repeat last value").Should().BeInRange(0.004, 0.009);
        Value(result, "GRU blog: baseline linear extrapolation").Should().BeInRange(3e-5, 1e-4);
        Value(result, "LSTM lab: baseline repeat last value").Should().BeInRange(2e-5, 8e-5);
        Value(result, "LSTM lab: baseline linear extrapolation").Should().BeLessThan(1e-8);
        // t·sin(t)/3 + 2·sin(5t) every 0.1 moves by up to about 1.4 per step: repeating it is far from free.
        Value(result, "COMP3222: baseline repeat last value").Should().BeGreaterThan(Value(result, "COMP3222: baseline linear extrapolation"));
    }

    [Test]
    public void Lab05_draws_both_figures_and_reports_every_exercise_beside_repeating_the_last_value()
    {
        var result = RunQuick(new Lab05Experiment());

        ShouldHaveDrawn(result, Lab05Experiment.LossFigureFile, Lab05Experiment.PredictionFigureFile);
        foreach (var exercise in new[] { "exercise 1 (sine and cosine)", "exercise 2 (two frequencies)", "exercise 3 (noisy, normalised)" })
        {
            Value(result, $"{exercise}: final test loss (the seed's definition)").Should().BePositive();
            Value(result, $"{exercise}: held-out MSE").Should().BePositive();
        }
        foreach (var run in new[] { "exercise 1, teacher forcing: free-running MSE", "exercise 1, λ = 0: held-out MSE", "exercise 1, online (batch 1): held-out MSE" })
            Value(result, run).Should().BePositive();
        result.Metrics.Should().OnlyContain(m => double.IsFinite(m.Value), "no quick run may diverge");
        result.Metrics.Should().OnlyContain(m => m.Seed == null, "a quick run is not the seed's setting, so it is compared with no seed figure");
        // sin and cos over 3π in 20 samples: the true future is far from the last seen value (its MSE is about 1).
        Value(result, "exercise 1 (sine and cosine): held-out MSE of repeating the last seen value").Should().BeInRange(0.5, 2);
    }

    [Test]
    public void Lab05_with_only_exercise_two_runs_its_three_recipes_for_each_seed_and_draws_nothing()
    {
        var progress = new List<ProgressUpdate>();
        var result = RunQuick(new Lab05Experiment(), seeds: 2, progress, lab05Exercises: [2]);

        result.Figures.Should().BeEmpty("the figures show all three exercises");
        result.Metrics.Should().OnlyContain(m => m.Name.StartsWith("exercise 2 (two frequencies)"));
        result.Metrics.Where(m => m.Name.EndsWith("final test loss (the seed's definition)")).Should().HaveCount(3, "the seed's RMSProp, the gentler one and the cosine schedule")
            .And.OnlyContain(m => m.Runs == 2);
        progress.Select(p => p.Fraction).Should().BeInAscendingOrder("the bar counts the runs of exercise 2 only, so it never jumps back");
        progress.Where(p => p.Stage != "done").Max(p => p.Fraction).Should().BeGreaterThan(0.95, "the last run of the last seed fills the bar");
    }

    [Test]
    public void Lab04_with_two_seeds_reports_the_median_and_range_of_the_training_metrics()
    {
        var progress = new List<ProgressUpdate>();
        var result = RunQuick(new Lab04Experiment(), seeds: 2, progress);

        progress.Select(p => p.Fraction).Should().BeInAscendingOrder("every run of every seed moves the bar forward, never back");
        progress[^1].Fraction.Should().Be(1);

        var trained = result.Metrics.Single(m => m.Name == "GRU blog: training L1");
        trained.Runs.Should().Be(2);
        trained.Min.Should().BeLessThan(trained.Max, "two seeds start from different weights");
        var baseline = result.Metrics.Single(m => m.Name == "GRU blog: baseline linear extrapolation");
        baseline.Min.Should().Be(baseline.Max, "the baselines do not depend on the seed");
    }

    private static double Value(ExperimentResult result, string metric) =>
        result.Metrics.Should().ContainSingle(m => m.Name == metric, $"the experiment reports '{metric}'").Subject.Value;
}
