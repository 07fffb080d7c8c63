using RnnKata.Engine;
using RnnKata.Experiments.Running;
using RnnKata.Lab05;

namespace RnnKata.Experiments.Lab05;

/// <summary>
/// Chapter 5's numbers and figures, all through Lab 5's public API (so <c>--target exercises</c> trains the student's code):
/// the seed's three seq2seq exercises, their final test losses under the seed's definition and as a per-element MSE beside
/// repeating the last seen value, exercise 2 with gentler RMSProp and with a cosine learning-rate schedule, and exercise 1
/// run free with and without teacher forcing.
/// </summary>
public sealed class Lab05Experiment : IExperiment
{
    /// <summary>The loss-curve figure's file name.</summary>
    public const string LossFigureFile = "05-loss-curves.png";

    /// <summary>The prediction figure's file name.</summary>
    public const string PredictionFigureFile = "05-predictions.png";

    /// <inheritdoc />
    public string Name => "lab05";

    /// <inheritdoc />
    public string Summary => "Lab 5: the seed's three seq2seq exercises (2 GRU layers, RMSProp, λ 0.003) beside its losses and times, exercise 2 with a cosine learning-rate schedule, teacher forcing vs re-reading the inputs (05-loss-curves.png, 05-predictions.png; --exercise N for some exercises only)";

    /// <inheritdoc />
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var budget = context.Quick ? Lab05Budget.Quick : Lab05Budget.Full;
        var backend = Backends.NameOf(context.Settings.Backend);
        var exercises = context.Settings.Lab05Exercises ?? Enumerable.Range(1, SeedExercises.All.Count).ToArray();
        var progress = new RunCounter(context.TrainingSeeds.Count * Seq2SeqRuns.RunsPerSeed(exercises));
        var runs = context.TrainingSeeds.Select(seed => Seq2SeqRuns.Run(context, budget, seed, exercises, progress, backend)).ToList();

        // The figures show all three exercises: a run of some of them (--exercise) draws none.
        if (context.Settings.Lab05Exercises is null)
        {
            context.SaveFigure(LossFigureFile, Seq2SeqFigures.LossCurves(runs[0].LossPanels));
            context.SaveFigure(PredictionFigureFile, Seq2SeqFigures.Predictions(runs[0].Predictions));
        }
        var metrics = new MetricList(Name);
        for (var i = 0; i < runs[0].Values.Count; i++)
        {
            var (name, definition, _, lower, _, seedFigure) = runs[0].Values[i];
            metrics.AddMedian(name, context.Quick ? $"QUICK budget, not the seed's setting: {definition}" : definition,
                runs.Select(r => r.Values[i].Value).ToArray(), lower, runs.Average(r => r.Values[i].Seconds), seedFigure);
        }
        context.Progress(new ProgressUpdate("done", 1));
        return new ExperimentResult(metrics.All, context.Figures, []);
    }
}
