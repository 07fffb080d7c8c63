using RnnKata.Catalogue;
using RnnKata.Experiments.Running;
using RnnKata.Lab07;

namespace RnnKata.Experiments.Lab07;

/// <summary>
/// Chapter 7's numbers and figures, all through Lab 7's public API (so <c>--target exercises</c> trains the student's code): the
/// lecture's many-to-one RNN on the English and the Russian phrases, beside a bag-of-words logistic regression on the same split.
/// </summary>
public sealed class Lab07Experiment : IExperiment
{
    /// <summary>The training figure of <paramref name="set"/>.</summary>
    public static string TrainingFigureFile(ShippedPhrases set) => $"07-{Code(set)}-training.png";

    /// <summary>The hidden-path figure of <paramref name="set"/>.</summary>
    public static string PathFigureFile(ShippedPhrases set) => $"07-{Code(set)}-hidden-path.png";

    /// <summary>A plain and a negated test phrase of <paramref name="set"/> whose hidden paths the chapter draws.</summary>
    public static IReadOnlyList<string> PathPhrases(ShippedPhrases set) =>
        set == ShippedPhrases.Russian ? ["это хорошо", "это не хорошо"] : ["i am good", "i am not good"];

    /// <summary>Where the shipped phrase files are.</summary>
    public static string DataFolder() => Path.Combine(KataPaths.FindRoot(), "exercises", "Lab07.Sentiment", "Data");

    /// <inheritdoc />
    public string Name => "lab07";

    /// <inheritdoc />
    public string Summary => "Lab 7: the lecture's sentiment RNN (one-hot words, Elman tanh 64, many to one, SGD 0.02, clip ±1, 1000 epochs) on English and Russian phrases beside a bag-of-words baseline (07-*-training.png, 07-*-hidden-path.png)";

    /// <inheritdoc />
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var budget = context.Quick ? Lab07Budget.Quick : Lab07Budget.Full;
        var seeds = context.TrainingSeeds;
        var runs = new List<List<SentimentRuns.Value>>();
        var listings = new List<(string, string)>();
        int total = seeds.Count * ShippedPhrases.All.Count, done = 0;
        foreach (var seed in seeds)
        {
            var values = new List<SentimentRuns.Value>();
            foreach (var set in ShippedPhrases.All)
            {
                int at = done;
                var (setValues, printout) = SentimentRuns.Run(context, budget, set, seed, e => context.Progress(new ProgressUpdate(
                    $"{set.Name} phrases, seed {seed}", (at + (double)e.Epoch / budget.Epochs) / total, e.TrainLoss, e.TestLoss)), drawFigures: runs.Count == 0);
                values.AddRange(setValues);
                if (runs.Count == 0)
                    listings.Add(($"{set.Name}: the lecture's printout, seed {seed}", printout));
                done++;
            }
            runs.Add(values);
        }
        var metrics = new MetricList(Name);
        for (int i = 0; i < runs[0].Count; i++)
        {
            var first = runs[0][i];
            metrics.AddMedian(first.Name, context.Quick ? $"QUICK budget, not the lecture's setting: {first.Definition}" : first.Definition,
                runs.Select(r => r[i].Number).ToArray(), first.LowerIsBetter, runs.Average(r => r[i].Seconds));
        }
        context.Progress(new ProgressUpdate("done", 1));
        listings.Add(("the lecture's own numbers", "The lecture shows its printout's format (--- Epoch N / Train: Loss … | Accuracy: … / Test: …) but prints no numbers to compare with."));
        return new ExperimentResult(metrics.All, context.Figures, listings);
    }

    private static string Code(ShippedPhrases set) => set == ShippedPhrases.Russian ? "ru" : "en";
}
