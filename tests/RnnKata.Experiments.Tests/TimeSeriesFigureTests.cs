using RnnKata.Experiments.Lab04;
using RnnKata.Given.Plotting;
using RnnKata.TestSupport;

namespace RnnKata.Experiments.Tests;

/// <summary>Chapter 4's figures on hand-made curves and runs: their models against snapshots, their PNGs by <see cref="RenderCheck"/>.</summary>
public sealed class TimeSeriesFigureTests
{
    private static readonly LossPanel[] Panels =
    [
        new("COMP3222: batch MSE", "iteration", "MSE",
        [
            new LossCurve("Adam+MSE", [0.0, 1.0, 2.0], [10.0, 1.0, 0.01]),
            new LossCurve("GD+MSE", [0.0, 1.0, 2.0], [10.0, 5.0, 2.0]),
        ]),
        new("GRU blog: L1", "epoch", "L1",
        [
            new LossCurve("training (mean batch L1)", [1.0, 2.0], [0.1, 0.001]),
            new LossCurve("test L1", [1.0, 2.0], [0.2, 0.002]),
        ]),
    ];

    private static readonly double[] Seed = [0.0, 0.5, 1.0];
    private static readonly double[] Generated = [1.5, 1.25];

    private static Figure ClosedLoop() => TimeSeriesFigures.ClosedLoop(t => 2 * t, 1.0, 0.5, Seed, Generated);

    [Test]
    public void Loss_figure_of_hand_made_curves_matches_its_snapshot() =>
        PlotSnapshot.Verify(TimeSeriesFigures.LossCurves(Panels), "lab04-loss-curves");

    [Test]
    public void Loss_figure_renders_every_curve_in_its_colour() =>
        RenderCheck.Verify(TimeSeriesFigures.LossCurves(Panels));

    [Test]
    public void Loss_figure_draws_log10_of_each_loss_one_panel_per_experiment()
    {
        var figure = TimeSeriesFigures.LossCurves(Panels);

        figure.Panels.Select(p => p.Title).Should().Equal("COMP3222: batch MSE", "GRU blog: L1");
        figure.Panels[1].YLabel.Should().Be("log10 L1");
        var adam = figure.Panels[0].Series.OfType<LineSeries>().Single(s => s.Name == "Adam+MSE");
        adam.X.Should().Equal(0.0, 1.0, 2.0);
        adam.Y.Should().Equal([1.0, 0.0, -2.0], (a, e) => Math.Abs(a - e) < 1e-12);
        figure.Panels[0].Series.OfType<LineSeries>().Select(s => s.Color).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void A_loss_that_is_not_positive_has_no_logarithm_and_is_an_error_naming_the_curve() =>
        FluentActions.Invoking(() => TimeSeriesFigures.LossCurves([new LossPanel("LSTM lab: MSE", "epoch", "MSE", [new LossCurve("test MSE", [1.0, 2.0], [0.1, 0.0])])]))
            .Should().Throw<ArgumentException>().WithMessage("*'test MSE' of 'LSTM lab: MSE'*").And.ParamName.Should().Be("panels");

    [Test]
    public void Closed_loop_figure_of_a_hand_made_run_matches_its_snapshot() =>
        PlotSnapshot.Verify(ClosedLoop(), "lab04-closed-loop");

    [Test]
    public void Closed_loop_figure_renders_the_truth_the_seed_and_the_generated_values() =>
        RenderCheck.Verify(ClosedLoop());

    [Test]
    public void Closed_loop_figure_puts_the_generated_values_after_the_seed_on_the_true_series_time_axis()
    {
        var lines = ClosedLoop().Panels.Single().Series.OfType<LineSeries>().ToArray();

        lines[0].X.Should().Equal(1.0, 1.5, 2.0, 2.5, 3.0);
        lines[0].Y.Should().Equal(2.0, 3.0, 4.0, 5.0, 6.0);
        lines[1].X.Should().Equal(1.0, 1.5, 2.0);
        lines[1].Y.Should().Equal(Seed);
        lines[2].X.Should().Equal(2.5, 3.0);
        lines[2].Y.Should().Equal(Generated);
    }

    [Test]
    public void Closed_loop_figure_frames_the_true_series_and_says_when_a_run_that_blows_up_leaves_it()
    {
        // Truth 2t on t = 1 … 3 spans 2 … 6: the frame adds a quarter of that span at each end.
        var figure = TimeSeriesFigures.ClosedLoop(t => 2 * t, 1.0, 0.5, Seed, [5.0, 1e4]);

        var panel = figure.Panels.Single();
        panel.YRange.Should().Be(new AxisRange(1, 7));
        panel.Series[2].Name.Should().Be("generated (closed loop; leaves the frame at t = 3.0)");
        ClosedLoop().Panels.Single().Series[2].Name.Should().Be("generated (closed loop)", "a run inside the frame needs no note");
    }

    [Test]
    public void Closed_loop_figure_without_generated_values_is_an_error_naming_them() =>
        FluentActions.Invoking(() => TimeSeriesFigures.ClosedLoop(t => t, 0, 0.1, Seed, []))
            .Should().Throw<ArgumentException>().And.ParamName.Should().Be("generated");
}
