using RnnKata.Given.Plotting;

namespace RnnKata.Experiments.Running;

/// <summary>What an experiment runs with: the settings, a place for its figures, and a progress callback.</summary>
public sealed class ExperimentContext
{
    private readonly List<string> _figures = [];

    /// <summary>A context for one experiment.</summary>
    /// <param name="settings">The command line's settings.</param>
    /// <param name="progress">Called as the experiment goes; must not throw.</param>
    public ExperimentContext(ExperimentSettings settings, Action<ProgressUpdate> progress)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        (Settings, Progress) = (settings, progress);
    }

    /// <summary>The settings.</summary>
    public ExperimentSettings Settings { get; }

    /// <summary>Reports progress.</summary>
    public Action<ProgressUpdate> Progress { get; }

    /// <summary>True for CI-sized runs.</summary>
    public bool Quick => Settings.Quick;

    /// <summary>The folder figures are written to.</summary>
    public string OutputFolder => Settings.OutputFolder;

    /// <summary>The seeds of a training experiment: <see cref="ExperimentSettings.Seed"/> and the next ones, <see cref="ExperimentSettings.Seeds"/> in all.</summary>
    public IReadOnlyList<int> TrainingSeeds => Enumerable.Range(Settings.Seed, Settings.Seeds).ToArray();

    /// <summary>The figures saved so far.</summary>
    public IReadOnlyList<string> Figures => _figures;

    /// <summary>Renders <paramref name="figure"/> to <c>OutputFolder/fileName</c> and records the file.</summary>
    public string SaveFigure(string fileName, Figure figure)
    {
        var path = Path.Combine(OutputFolder, fileName);
        FigureRenderer.SavePng(figure, path);
        _figures.Add(path);
        return path;
    }
}
