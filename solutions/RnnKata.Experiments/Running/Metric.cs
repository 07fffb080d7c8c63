namespace RnnKata.Experiments.Running;

/// <summary>
/// One number an experiment measured, with what it means and, where the original lab printed the same
/// quantity, the lab's own figure beside it.
/// </summary>
/// <param name="Experiment">The experiment's name, e.g. <c>lab03</c>.</param>
/// <param name="Name">What was measured, short, e.g. <c>LSTM T=100 test MSE</c>.</param>
/// <param name="Definition">How it is computed, in a sentence (the loss's definition, the data it is measured on).</param>
/// <param name="Seed">The original lab's figure for the same quantity, or null where the lab has none.</param>
/// <param name="Value">Ours: the median over <paramref name="Runs"/> runs where the experiment trains with several seeds.</param>
/// <param name="LowerIsBetter">True for losses and errors, false for accuracies, null for a number that is neither (a spectral radius).</param>
/// <param name="Seconds">Wall-clock seconds of the run that produced the value.</param>
/// <param name="Runs">How many runs (seeds) <paramref name="Value"/> is the median of; 1 for a single run.</param>
/// <param name="Min">The lowest value of the runs (equal to <paramref name="Value"/> for one run).</param>
/// <param name="Max">The highest value of the runs.</param>
public sealed record Metric(
    string Experiment, string Name, string Definition, double? Seed, double Value, bool? LowerIsBetter, double Seconds,
    int Runs, double Min, double Max)
{
    /// <summary>A metric of a single run.</summary>
    public static Metric Single(string experiment, string name, string definition, double value, bool? lowerIsBetter,
        double seconds, double? seed = null) =>
        new(experiment, name, definition, seed, value, lowerIsBetter, seconds, 1, value, value);

    /// <summary>The median of <paramref name="values"/> (one per seed), with their range.</summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static Metric Median(string experiment, string name, string definition, IReadOnlyList<double> values,
        bool? lowerIsBetter, double seconds, double? seed = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            throw new ArgumentException($"The metric '{name}' needs at least one value to take the median of.", nameof(values));
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new(experiment, name, definition, seed, median, lowerIsBetter, seconds, sorted.Length, sorted[0], sorted[^1]);
    }
}
