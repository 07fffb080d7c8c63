using RnnKata.Given.Plotting;

namespace RnnKata.Experiments.Lab04;

/// <summary>Chapter 4's figures: the loss curves of the three experiments (log scale) and COMP3222's closed-loop generation.</summary>
public static class TimeSeriesFigures
{
    /// <summary>The colours of a panel's lines, in order.</summary>
    public static IReadOnlyList<string> Colors { get; } = ["#1F77B4", "#D62728", "#2CA02C", "#FF7F0E", "#9467BD", "#8C564B"];

    /// <summary>The colour of the true series in the closed-loop figure.</summary>
    public const string TruthColor = "#7F7F7F";

    /// <summary>The colour of the seed values and the generated ones.</summary>
    public const string GeneratedColor = "#1F77B4";

    /// <summary>log10 of every curve's loss against its steps, one panel per experiment.</summary>
    /// <exception cref="ArgumentException">No panels, a panel without curves, a curve whose steps and losses differ in
    /// length, or a loss that is not positive and finite (it has no logarithm); the message names the curve.</exception>
    public static Figure LossCurves(IReadOnlyList<LossPanel> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0)
            throw new ArgumentException("The loss figure needs at least one panel.", nameof(panels));
        var built = panels.Select(panel =>
        {
            if (panel.Curves.Count == 0)
                throw new ArgumentException($"panels: the panel '{panel.Title}' has no curve.", nameof(panels));
            var lines = panel.Curves.Select((curve, i) =>
                (Series)new LineSeries(curve.Name, curve.Steps, Log10(panel, curve), Colors[i % Colors.Count])).ToArray();
            return new Panel(panel.Title, panel.XLabel, $"log10 {panel.YLabel}", lines);
        }).ToArray();
        return new Figure("Chapter 4: training and test losses (log scale)", built, Width: 1400, Height: 460);
    }

    /// <summary>
    /// The true series and the closed-loop run beside it: the seed values (the first <paramref name="seed"/>.Count
    /// times) and the generated values after them, all <paramref name="resolution"/> apart from <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An empty seed or generated run, or a resolution that is not positive.</exception>
    public static Figure ClosedLoop(Func<double, double> truth, double start, double resolution, IReadOnlyList<double> seed, IReadOnlyList<double> generated)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(generated);
        if (seed.Count == 0)
            throw new ArgumentException("The closed-loop figure needs at least one seed value.", nameof(seed));
        if (generated.Count == 0)
            throw new ArgumentException("The closed-loop figure needs at least one generated value.", nameof(generated));
        if (!(resolution > 0))
            throw new ArgumentException($"resolution must be positive but is {resolution}.", nameof(resolution));
        var total = seed.Count + generated.Count;
        var times = Enumerable.Range(0, total).Select(k => start + k * resolution).ToArray();
        var truths = times.Select(truth).ToArray();
        // The frame of the true series, a quarter of its span beyond each end (the seed's plot fixes its axes the same way):
        // a run that blows up leaves it, and the legend says when.
        double low = truths.Min(), high = truths.Max(), margin = (high - low) / 4;
        var range = new AxisRange(low - margin, high + margin);
        int leaves = Enumerable.Range(0, generated.Count).FirstOrDefault(k => !(generated[k] >= range.Min && generated[k] <= range.Max), -1);
        var lines = new Series[]
        {
            new LineSeries("truth", times, truths, TruthColor),
            new LineSeries($"seed ({seed.Count} true values)", times[..seed.Count], seed.ToArray(), "#000000"),
            new LineSeries(leaves < 0 ? "generated (closed loop)" : $"generated (closed loop; leaves the frame at t = {times[seed.Count + leaves]:0.0})",
                times[seed.Count..], generated.ToArray(), GeneratedColor),
        };
        return new Figure($"Closed-loop generation: {generated.Count} steps from {seed.Count} seed values",
            [new Panel("COMP3222 model", "t", "value", lines, range)], Width: 1100, Height: 420);
    }

    private static double[] Log10(LossPanel panel, LossCurve curve)
    {
        if (curve.Steps.Count != curve.Losses.Count)
            throw new ArgumentException($"panels: the curve '{curve.Name}' of '{panel.Title}' has {curve.Steps.Count} steps but {curve.Losses.Count} losses.", "panels");
        return curve.Losses.Select(loss => loss > 0 && double.IsFinite(loss)
            ? Math.Log10(loss)
            : throw new ArgumentException($"panels: the curve '{curve.Name}' of '{panel.Title}' has a loss of {loss}: it must be positive and finite to be drawn on a log scale.", "panels")).ToArray();
    }
}
