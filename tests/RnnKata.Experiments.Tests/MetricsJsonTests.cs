using System.Text.Json;
using RnnKata.Experiments.Running;

namespace RnnKata.Experiments.Tests;

public sealed class MetricsJsonTests
{
    private static JsonElement[] Written(params Metric[] metrics)
    {
        using var document = JsonDocument.Parse(MetricsJson.Write(metrics));
        document.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Test]
    public void Each_metric_is_an_object_with_the_documented_fields_in_order()
    {
        var metric = Metric.Single("lab04", "COMP3222 loss at 1400", "½Σ(p − t)² over the batch", 0.0412, lowerIsBetter: true, seconds: 6.25, seed: 0.0431);

        var element = Written(metric).Should().ContainSingle().Subject;

        element.EnumerateObject().Select(p => p.Name).Should().Equal(
            "experiment", "metric", "definition", "seed", "value", "lowerIsBetter", "seconds", "runs", "min", "max");
        element.GetProperty("experiment").GetString().Should().Be("lab04");
        element.GetProperty("metric").GetString().Should().Be("COMP3222 loss at 1400");
        element.GetProperty("definition").GetString().Should().Be("½Σ(p − t)² over the batch");
        element.GetProperty("seed").GetDouble().Should().Be(0.0431);
        element.GetProperty("value").GetDouble().Should().Be(0.0412);
        element.GetProperty("lowerIsBetter").GetBoolean().Should().BeTrue();
        element.GetProperty("seconds").GetDouble().Should().Be(6.25);
        element.GetProperty("runs").GetInt32().Should().Be(1);
        element.GetProperty("min").GetDouble().Should().Be(0.0412);
        element.GetProperty("max").GetDouble().Should().Be(0.0412);
    }

    [Test]
    public void A_metric_the_original_lab_has_no_figure_for_has_a_null_seed()
    {
        var element = Written(Metric.Single("lab03", "LSTM T=100 test MSE", "d", 0.01, true, 1)).Single();

        element.GetProperty("seed").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public void A_number_that_is_neither_better_low_nor_high_has_a_null_lowerIsBetter_and_an_accuracy_false() =>
        Written(Metric.Single("lab02", "ρ(W)", "d", 2.389, null, 0), Metric.Single("lab03", "within 0.04", "d", 0.9, false, 0))
            .Select(e => e.GetProperty("lowerIsBetter").ValueKind)
            .Should().Equal(JsonValueKind.Null, JsonValueKind.False);

    [Test]
    public void A_value_that_is_not_finite_is_written_as_null_because_JSON_has_no_NaN()
    {
        var element = Written(Metric.Single("lab02", "stops at epoch", "d", double.NaN, null, 0)).Single();

        element.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public void A_median_over_seeds_carries_the_runs_and_their_range()
    {
        var element = Written(Metric.Median("lab04", "LSTM test MSE", "d", [4e-4, 1.8e-6, 2e-5, 7e-6, 3e-5], true, 3)).Single();

        element.GetProperty("value").GetDouble().Should().Be(2e-5);
        element.GetProperty("runs").GetInt32().Should().Be(5);
        element.GetProperty("min").GetDouble().Should().Be(1.8e-6);
        element.GetProperty("max").GetDouble().Should().Be(4e-4);
    }

    [Test]
    public void No_metrics_is_an_empty_array() =>
        Written().Should().BeEmpty();
}
