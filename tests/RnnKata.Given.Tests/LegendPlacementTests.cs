using RnnKata.Given.Plotting;
using ScottPlot;

namespace RnnKata.Given.Tests;

/// <summary>The legend goes where it hides the fewest points of the lines.</summary>
public class LegendPlacementTests
{
    private static LineSeries Line(Func<double, double> f) =>
        new("line", Enumerable.Range(0, 31).Select(i => (double)i).ToArray(), Enumerable.Range(0, 31).Select(i => f(i)).ToArray(), "#1f77b4");

    [Test]
    public void Falling_curves_leave_the_upper_right_corner_empty() =>
        FigureRenderer.EmptiestCorner([Line(x => Math.Exp(-x / 5)), Line(x => Math.Exp(-x / 4))]).Should().Be(Alignment.UpperRight);

    [Test]
    public void Curves_that_rise_and_level_off_leave_the_lower_right_corner_empty() =>
        FigureRenderer.EmptiestCorner([Line(x => 1 - Math.Exp(-x / 5)), Line(x => 1 - Math.Exp(-x / 4))]).Should().Be(Alignment.LowerRight);

    [Test]
    public void Straight_rising_lines_leave_the_upper_left_corner_empty() =>
        FigureRenderer.EmptiestCorner([Line(x => x), Line(x => 2 * x)]).Should().Be(Alignment.UpperLeft);

    [Test]
    public void Curves_that_fan_out_to_the_right_leave_the_left_corners()
    {
        // One line climbs to the top right, one falls to the bottom right: only the left corners are free
        // of points at the right; both start in the middle, so upper left and lower left tie → upper left.
        var corner = FigureRenderer.EmptiestCorner([Line(x => x), Line(x => -x)]);

        corner.Should().Be(Alignment.UpperLeft);
    }

    [Test]
    public void No_points_put_the_legend_lower_right() =>
        FigureRenderer.EmptiestCorner([new LineSeries("empty", [], [], "#000000")]).Should().Be(Alignment.LowerRight);
}
