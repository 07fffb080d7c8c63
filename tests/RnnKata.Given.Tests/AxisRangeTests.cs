using RnnKata.Given.Plotting;

namespace RnnKata.Given.Tests;

/// <summary>A panel's fixed y range: drawn when valid, an error naming the panel when not.</summary>
public class AxisRangeTests
{
    private static Figure With(AxisRange range) => new("f", [new Panel("framed", "x", "y",
        [new LineSeries("line", [0.0, 1.0, 2.0], [0.0, 50.0, 1e6], "#1f77b4")], range)]);

    [Test]
    public void A_valid_range_renders() =>
        FigureRenderer.RenderPng(With(new AxisRange(-1, 10))).Should().NotBeEmpty();

    [TestCase(5.0, 5.0)]
    [TestCase(3.0, -3.0)]
    [TestCase(double.NaN, 1.0)]
    [TestCase(0.0, double.PositiveInfinity)]
    public void A_range_that_is_empty_reversed_or_not_finite_is_an_error_naming_the_panel(double min, double max) =>
        FluentActions.Invoking(() => FigureRenderer.RenderPng(With(new AxisRange(min, max))))
            .Should().Throw<ArgumentException>().WithMessage("*'framed'*y range*");
}
