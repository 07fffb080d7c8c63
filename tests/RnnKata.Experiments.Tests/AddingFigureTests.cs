using RnnKata.Experiments.Adding;
using RnnKata.Given.Plotting;
using RnnKata.TestSupport;

namespace RnnKata.Experiments.Tests;

/// <summary>The figure is checked on hand-made runs: its model against a snapshot, its PNG by <see cref="RenderCheck"/>.</summary>
public sealed class AddingFigureTests
{
    private static AddingRun Run(string cell, int steps, params double[] mse) =>
        new(cell, steps, 42, mse.Select((m, i) => (i * 100, m)).ToArray(), mse[^1], 0.5, 0.16, 1.0);

    private static readonly AddingRun[] Runs =
    [
        Run("Elman", 100, 0.4, 0.17, 0.168),
        Run("GRU", 100, 0.5, 0.1, 0.001),
        Run("LSTM", 100, 0.3, 0.15, 0.01),
        Run("Elman", 50, 0.4, 0.16, 0.15),
        Run("GRU", 50, 0.5, 0.01, 0.0001),
        Run("LSTM", 50, 0.3, 0.02, 0.001),
    ];

    [Test]
    public void Figure_of_hand_made_runs_matches_its_snapshot() =>
        PlotSnapshot.Verify(AddingFigure.Build(Runs), "adding-problem");

    [Test]
    public void Figure_renders_every_cell_and_the_baseline_in_its_colour() =>
        RenderCheck.Verify(AddingFigure.Build(Runs));

    [Test]
    public void One_panel_per_length_in_increasing_order_with_log10_of_the_MSE_and_the_baseline_across_the_run()
    {
        var figure = AddingFigure.Build(Runs);

        figure.Panels.Select(p => p.Title).Should().Equal("T = 50", "T = 100");
        var gru = figure.Panels[0].Series.OfType<LineSeries>().Single(s => s.Name == "GRU");
        gru.X.Should().Equal(0.0, 100.0, 200.0);
        gru.Y.Should().Equal([-0.30103, -2.0, -4.0], (a, e) => Math.Abs(a - e) < 1e-5);
        var baseline = figure.Panels[0].Series.OfType<LineSeries>().Single(s => s.Color == AddingFigure.BaselineColor);
        baseline.X.Should().Equal(0.0, 200.0);
        baseline.Y.Should().Equal([Math.Log10(0.16), Math.Log10(0.16)], (a, e) => Math.Abs(a - e) < 1e-12);
    }

    [Test]
    public void An_MSE_that_is_not_positive_has_no_logarithm_and_is_an_error_naming_the_run() =>
        FluentActions.Invoking(() => AddingFigure.Build([Run("LSTM", 50, 0.3, 0.0)]))
            .Should().Throw<ArgumentException>().WithMessage("*LSTM run at T = 50*").And.ParamName.Should().Be("runs");
}
