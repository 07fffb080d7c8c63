using System.Diagnostics;

namespace RnnKata.Experiments.Running;

/// <summary>Runs experiments one after the other, timing each and turning a reached stub into "not started".</summary>
public static class ExperimentRunner
{
    /// <summary>The prefix of an experiment's message when it reached a stub.</summary>
    public const string NotStartedPrefix = "not started: ";

    /// <summary>Runs <paramref name="experiments"/> in order; one that fails does not stop the others.</summary>
    /// <param name="experiments">What to run.</param>
    /// <param name="settings">The settings every experiment gets.</param>
    /// <param name="progressFor">The progress callback of each experiment.</param>
    public static IReadOnlyList<ExperimentOutcome> Run(IReadOnlyList<IExperiment> experiments, ExperimentSettings settings,
        Func<IExperiment, Action<ProgressUpdate>> progressFor)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progressFor);
        Directory.CreateDirectory(settings.OutputFolder);
        return experiments.Select(experiment => RunOne(experiment, settings, progressFor(experiment))).ToArray();
    }

    private static ExperimentOutcome RunOne(IExperiment experiment, ExperimentSettings settings, Action<ProgressUpdate> progress)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = experiment.Run(new ExperimentContext(settings, progress));
            return new ExperimentOutcome(experiment.Name, ExperimentStatus.Completed, string.Empty, result, clock.Elapsed.TotalSeconds);
        }
        catch (NotImplementedException stub)
        {
            // A stub's message names the task to do: "Implement X — see docs/NN-….md#task-…".
            return new ExperimentOutcome(experiment.Name, ExperimentStatus.NotStarted, NotStartedPrefix + stub.Message, null, clock.Elapsed.TotalSeconds);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return new ExperimentOutcome(experiment.Name, ExperimentStatus.Failed, $"{error.GetType().Name}: {error.Message}", null, clock.Elapsed.TotalSeconds);
        }
    }
}
