using RnnKata.Experiments.Running;

namespace RnnKata.Experiments.Tests;

public sealed class MetricTests
{
    [TestCase(new[] { 3.0 }, 3.0)]
    [TestCase(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [TestCase(new[] { 4.0, 1.0, 3.0, 10.0 }, 3.5)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_values(double[] values, double median) =>
        Metric.Median("e", "m", "d", values, true, 0).Value.Should().Be(median);

    [Test]
    public void A_median_of_nothing_is_an_error_naming_the_metric() =>
        FluentActions.Invoking(() => Metric.Median("e", "LSTM test MSE", "d", [], true, 0))
            .Should().Throw<ArgumentException>().WithMessage("*LSTM test MSE*").And.ParamName.Should().Be("values");
}
