using RnnKata.Given.Plotting;
using RnnKata.Lab03;

namespace RnnKata.Experiments.Adding;

/// <summary>
/// Chapter 3's "What the gates buy, measured": log10 of the test MSE against the training iteration,
/// one panel per sequence length, one line per cell, and the baseline (always predict 1.0) as a grey line.
/// </summary>
public static class AddingFigure
{
    /// <summary>The baseline's colour.</summary>
    public const string BaselineColor = "#7F7F7F";

    /// <summary>The line colour of each cell, as in the chapter's vanishing-gradient figure.</summary>
    public static string ColorOf(string cell) => cell switch
    {
        "Elman" => VanishingGradientFigure.ElmanColor,
        "GRU" => VanishingGradientFigure.GruColor,
        "LSTM" => VanishingGradientFigure.LstmColor,
        _ => throw new ArgumentException($"No colour for the cell '{cell}': expected Elman, GRU or LSTM.", nameof(cell)),
    };

    /// <summary>Builds the figure from one seed's runs (every cell at every length).</summary>
    /// <exception cref="ArgumentException">No runs, or an MSE that is not positive and finite (it has no logarithm).</exception>
    public static Figure Build(IReadOnlyList<AddingRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
            throw new ArgumentException("The figure needs at least one run.", nameof(runs));
        var panels = runs.GroupBy(r => r.Steps).OrderBy(g => g.Key).Select(Panel).ToArray();
        return new Figure("The adding problem: test MSE per training iteration, same budget and seed for every cell", panels, Width: 1100, Height: 460);
    }

    private static Panel Panel(IGrouping<int, AddingRun> runs)
    {
        var lines = runs.Select(run => (Series)new LineSeries(run.Cell,
            run.TestCurve.Select(p => (double)p.Iteration).ToArray(),
            run.TestCurve.Select(p => Log10(p.Mse, run)).ToArray(),
            ColorOf(run.Cell))).ToList();
        var first = runs.First();
        var lastIteration = runs.Max(r => r.TestCurve[^1].Iteration);
        lines.Add(new LineSeries("baseline: always 1.0", [0.0, lastIteration], [Log10(first.BaselineMse, first), Log10(first.BaselineMse, first)], BaselineColor));
        return new Panel($"T = {runs.Key}", "training iteration", "log10 test MSE", lines);
    }

    private static double Log10(double mse, AddingRun run) => mse > 0 && double.IsFinite(mse)
        ? Math.Log10(mse)
        : throw new ArgumentException($"runs: the {run.Cell} run at T = {run.Steps} has an MSE of {mse}: it must be positive and finite to be drawn on a log scale.", "runs");
}
