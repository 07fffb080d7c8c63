using RnnKata.Given.Plotting;

namespace RnnKata.Experiments.Lab06;

/// <summary>Chapter 6's figures: the lecture's plot (series, predictions, the split in red) and the stock one day ahead.</summary>
public static class NoisySignalFigures
{
    /// <summary>The colour of the data.</summary>
    public const string DataColor = "#1F77B4";

    /// <summary>The colour of the model's predictions.</summary>
    public const string ModelColor = "#FF7F0E";

    /// <summary>The colour of the naive baseline.</summary>
    public const string NaiveColor = "#2CA02C";

    /// <summary>The colour of the split line (the lecture's <c>axvline(…, c="r")</c>).</summary>
    public const string SplitColor = "#FF0000";

    /// <summary>
    /// The lecture's plot: the series against t, the predictions at the times they predict (<paramref name="predictedAt"/>),
    /// and a red vertical line at the split.
    /// </summary>
    /// <exception cref="ArgumentException">The series or the predictions are empty, or the predictions and their times differ in length.</exception>
    public static Figure Lecture(IReadOnlyList<double> series, IReadOnlyList<double> predictedAt, IReadOnlyList<double> predictions, int split)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(predictedAt);
        ArgumentNullException.ThrowIfNull(predictions);
        if (series.Count == 0 || predictions.Count == 0)
            throw new ArgumentException("The lecture's figure needs a series and predictions.", nameof(series));
        if (predictedAt.Count != predictions.Count)
            throw new ArgumentException($"{predictions.Count} predictions but {predictedAt.Count} times.", nameof(predictedAt));
        var times = Enumerable.Range(0, series.Count).Select(t => (double)t).ToArray();
        double low = Math.Min(series.Min(), predictions.Min()), high = Math.Max(series.Max(), predictions.Max());
        var lines = new Series[]
        {
            new LineSeries("noisy series", times, series.ToArray(), DataColor),
            new LineSeries("predicted next value", predictedAt.ToArray(), predictions.ToArray(), ModelColor),
            new LineSeries($"split (t = {split})", [split, split], [low, high], SplitColor),
        };
        return new Figure("sin(0.02 t) + 2·U(0,1): one step ahead", [new Panel("the lecture's series", "t", "x", lines)], Width: 1100, Height: 420);
    }

    /// <summary>
    /// The stock over the test days: actual and predicted log returns (the naive baseline predicts 0), and actual and
    /// predicted closes with the naive "tomorrow equals today".
    /// </summary>
    /// <exception cref="ArgumentException">The lists are empty or differ in length.</exception>
    public static Figure Stock(string source, IReadOnlyList<double> actualReturns, IReadOnlyList<double> predictedReturns,
                               IReadOnlyList<double> actualPrices, IReadOnlyList<double> predictedPrices, IReadOnlyList<double> naivePrices)
    {
        ArgumentNullException.ThrowIfNull(source);
        var all = new[] { actualReturns, predictedReturns, actualPrices, predictedPrices, naivePrices };
        if (all.Any(l => l is null || l.Count == 0 || l.Count != actualReturns.Count))
            throw new ArgumentException("The stock figure needs returns and prices for the same test days, at least one.", nameof(actualReturns));
        var days = Enumerable.Range(1, actualReturns.Count).Select(d => (double)d).ToArray();
        var returns = new Panel("log return, day d", "test day", "ln(p(d)/p(d − 1))",
        [
            new LineSeries("actual", days, actualReturns.ToArray(), DataColor),
            new LineSeries("model", days, predictedReturns.ToArray(), ModelColor),
            new LineSeries("naive (0: tomorrow equals today)", [days[0], days[^1]], [0.0, 0.0], NaiveColor),
        ]);
        var prices = new Panel("close, day d", "test day", "price",
        [
            new LineSeries("actual", days, actualPrices.ToArray(), DataColor),
            new LineSeries("model", days, predictedPrices.ToArray(), ModelColor),
            new LineSeries("naive (yesterday's close)", days, naivePrices.ToArray(), NaiveColor),
        ]);
        return new Figure($"One day ahead on {source}: test days", [returns, prices], Width: 1400, Height: 460);
    }
}
