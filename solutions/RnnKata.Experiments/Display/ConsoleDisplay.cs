using System.Globalization;
using RnnKata.Experiments.Running;
using Spectre.Console;

namespace RnnKata.Experiments.Display;

/// <summary>What the command shows: a progress bar per experiment with its live losses, then the metrics table.</summary>
public static class ConsoleDisplay
{
    /// <summary>Names every experiment with its one-line summary.</summary>
    public static void WriteList(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().AddColumns("experiment", "what it runs");
        foreach (var experiment in ExperimentCatalog.Experiments)
            table.AddRow(new Text(experiment.Name), new Text(experiment.Summary));
        table.AddRow(new Text(ExperimentCatalog.All), new Text("every experiment above, in order"));
        console.Write(table);
    }

    /// <summary>Runs the experiments under a progress display, one bar per experiment.</summary>
    public static IReadOnlyList<ExperimentOutcome> Run(IAnsiConsole console, IReadOnlyList<IExperiment> experiments, ExperimentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(console);
        IReadOnlyList<ExperimentOutcome> outcomes = [];
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var bars = experiments.ToDictionary(e => e, e => progress.AddTask(Markup.Escape(e.Name), autoStart: false, maxValue: 1));
                outcomes = ExperimentRunner.Run(experiments, settings, experiment =>
                {
                    var bar = bars[experiment];
                    bar.StartTask();
                    return update =>
                    {
                        bar.Value = Math.Clamp(update.Fraction, 0, 1);
                        bar.Description = Markup.Escape(Describe(experiment.Name, update));
                        if (update.Fraction >= 1)
                            bar.StopTask();
                    };
                });
                foreach (var bar in bars.Values)
                    bar.StopTask();
            });
        return outcomes;
    }

    /// <summary>The metrics of every completed experiment, then the status of those that did not complete.</summary>
    public static void WriteResults(IAnsiConsole console, IReadOnlyList<ExperimentOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var outcome in outcomes.Where(o => o.Result is not null))
        {
            var result = outcome.Result!;
            var multiRun = result.Metrics.Any(m => m.Runs > 1);
            var table = new Table { Title = new TableTitle($"{outcome.Name}: {result.Metrics.Count} metrics in {outcome.Seconds:0.0} s") };
            table.AddColumn("metric").AddColumn(new TableColumn("ours").RightAligned());
            if (multiRun)
                table.AddColumn(new TableColumn("range (runs)").RightAligned());
            table.AddColumn(new TableColumn("original lab").RightAligned()).AddColumn("definition");
            foreach (var metric in result.Metrics)
            {
                var cells = new List<Text> { new(metric.Name), new(Number(metric.Value)) };
                if (multiRun)
                    cells.Add(new Text(metric.Runs > 1 ? $"{Number(metric.Min)} – {Number(metric.Max)} ({metric.Runs})" : ""));
                cells.Add(new Text(metric.Seed is { } seed ? Number(seed) : "—"));
                cells.Add(new Text(metric.Definition));
                table.AddRow(cells);
            }
            console.Write(table);
            // Listings are printed as they are, unwrapped, so that they read (and copy) like the chapter's.
            foreach (var (title, text) in result.Listings)
            {
                console.Profile.Out.Writer.WriteLine(title + ":");
                console.Profile.Out.Writer.WriteLine(text);
            }
            foreach (var figure in result.Figures)
                console.WriteLine($"figure: {Path.GetRelativePath(Directory.GetCurrentDirectory(), figure)}");
        }
        foreach (var outcome in outcomes.Where(o => o.Result is null))
            console.MarkupLineInterpolated($"[{(outcome.Status == ExperimentStatus.NotStarted ? "yellow" : "red")}]{outcome.Name}: {outcome.Message}[/]");
    }

    /// <summary>A value as the table shows it: integers as integers, else 4 significant digits.</summary>
    public static string Number(double value) =>
        double.IsFinite(value) && value == Math.Round(value) && Math.Abs(value) < 1e6
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Describe(string name, ProgressUpdate update)
    {
        var text = $"{name}: {update.Stage}";
        if (update.TrainLoss is { } train)
            text += $"  train {train:0.0000}";
        if (update.TestLoss is { } test)
            text += $"  test {test:0.0000}";
        return text;
    }
}
