using RnnKata.Catalogue;
using RnnKata.Engine;
using RnnKata.Experiments.Running;
using RnnKata.Lab06;

namespace RnnKata.Experiments.Lab06;

/// <summary>
/// Chapter 6's numbers and figures, all through Lab 6's public API (so <c>--target exercises</c> trains the student's
/// code): the lecture's noisy sine one step ahead (both window layouts) beside the noise floor, the moving average and
/// the last value, scored against the noisy and the clean series; then a stock's log returns one day ahead (the shipped
/// synthetic prices, or <c>--csv FILE</c>) beside "tomorrow equals today".
/// </summary>
public sealed class Lab06Experiment : IExperiment
{
    /// <summary>The lecture's figure.</summary>
    public const string LectureFigureFile = "06-lecture-series.png";

    /// <summary>The stock's figure.</summary>
    public const string StockFigureFile = "06-stock.png";

    /// <summary>The share of the stock's returns that trains (the rest, later in time, tests).</summary>
    public const double StockTrainFraction = 0.8;

    /// <inheritdoc />
    public string Name => "lab06";

    /// <inheritdoc />
    public string Summary => "Lab 6: the lecture's sin(0.02t) + 2·U(0,1) one step ahead (Elman 32 → Dense 8 relu → Dense 1, RMSProp; 06-lecture-series.png) beside the noise floor and naive baselines; a stock one day ahead (synthetic GBM or --csv FILE; 06-stock.png)";

    /// <inheritdoc />
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var budget = context.Quick ? Lab06Budget.Quick : Lab06Budget.Full;
        var (prices, source) = LoadPrices(context.Settings.PriceCsv);
        var runs = new List<List<SeedValue>>();
        var seeds = context.TrainingSeeds;
        foreach (var seed in seeds)
        {
            var progress = new Lab06Progress(context, seed, runs.Count, seeds.Count);
            var values = LectureRuns.Run(context, budget, seed, progress, drawFigure: runs.Count == 0);
            values.AddRange(StockRuns.Run(context, budget, seed, prices, source, progress, drawFigure: runs.Count == 0));
            runs.Add(values);
        }
        var metrics = new MetricList(Name);
        for (var i = 0; i < runs[0].Count; i++)
        {
            var (name, definition, _, lower, _) = runs[0][i];
            metrics.AddMedian(name, context.Quick ? $"QUICK budget, not the lecture's setting: {definition}" : definition,
                runs.Select(r => r[i].Value).ToArray(), lower, runs.Average(r => r[i].Seconds));
        }
        context.Progress(new ProgressUpdate("done", 1));
        return new ExperimentResult(metrics.All, context.Figures, [("stock: conclusion", StockRuns.Conclusion(metrics.All, source))]);
    }

    /// <summary>The closes of <paramref name="csv"/>, or of the shipped synthetic file.</summary>
    private static (PriceSeries Prices, string Source) LoadPrices(string? csv)
    {
        var path = csv ?? Path.Combine(KataPaths.FindRoot(), "exercises", "Lab06.NoisySignals", "Data", SyntheticPrices.ShippedFileName);
        var name = Path.GetFileName(path);
        return (PriceCsv.Parse(File.ReadAllLines(path), name), csv is null ? $"{name} (synthetic)" : name);
    }
}
