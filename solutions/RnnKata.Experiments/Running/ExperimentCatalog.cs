using RnnKata.Experiments.Lab01;
using RnnKata.Experiments.Lab02;
using RnnKata.Experiments.Lab03;
using RnnKata.Experiments.Lab04;
using RnnKata.Experiments.Lab05;
using RnnKata.Experiments.Lab06;
using RnnKata.Experiments.Lab07;
using RnnKata.Experiments.Lab08;

namespace RnnKata.Experiments.Running;

/// <summary>Every experiment the command knows, in lab order. Add a lab's experiment here.</summary>
public static class ExperimentCatalog
{
    /// <summary>The name that runs every experiment.</summary>
    public const string All = "all";

    /// <summary>The experiments, in the order <c>all</c> runs them.</summary>
    public static IReadOnlyList<IExperiment> Experiments { get; } =
    [
        new Lab01Experiment(),
        new Lab02Experiment(),
        new Lab03Experiment(),
        new Lab04Experiment(),
        new Lab05Experiment(),
        new Lab06Experiment(),
        new Lab07Experiment(),
        new Lab08Experiment(),
    ];

    /// <summary>The names the command accepts: every experiment's, and <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names => [.. Experiments.Select(e => e.Name), All];

    /// <summary>The experiments <paramref name="names"/> ask for, in order, each once (<c>all</c> is every one).</summary>
    /// <exception cref="ArgumentException">A name is unknown; the message lists the known ones.</exception>
    public static IReadOnlyList<IExperiment> Resolve(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var chosen = new List<IExperiment>();
        foreach (var name in names)
        {
            var wanted = string.Equals(name, All, StringComparison.OrdinalIgnoreCase)
                ? Experiments
                : [Find(name)];
            chosen.AddRange(wanted.Where(e => !chosen.Contains(e)));
        }
        return chosen;
    }

    /// <summary>The experiment called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No experiment has that name.</exception>
    public static IExperiment Find(string name) =>
        Experiments.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown experiment '{name}': choose one of {string.Join(", ", Names)}, or 'list'.", nameof(name));
}
