using RnnKata.Engine;

namespace RnnKata.Experiments.Running;

/// <summary>How to run the experiments, as the command line gave it.</summary>
/// <param name="Experiments">Experiment names in the order given, <c>all</c> already expanded.</param>
/// <param name="Backend">The engine backend for experiments that train on the engine.</param>
/// <param name="Seed">The seed of experiments that train (data and initialisation); the chapters' fixed experiments keep their given seeds.</param>
/// <param name="Seeds">Runs with seeds <paramref name="Seed"/>, <paramref name="Seed"/> + 1, …: metrics of training experiments are their median.</param>
/// <param name="Quick">CI-sized: the same experiments with budgets of seconds.</param>
/// <param name="OutputFolder">Where figures are written.</param>
/// <param name="JsonFile">Where the metrics go as JSON, or null.</param>
/// <param name="Target">Whose lab code runs: <c>solutions</c> or <c>exercises</c>.</param>
public sealed record ExperimentSettings(
    IReadOnlyList<string> Experiments, BackendKind Backend, int Seed, int Seeds, bool Quick,
    string OutputFolder, string? JsonFile, string Target)
{
    /// <summary>A CSV of daily closes (date, close) for Lab 6's stock one day ahead, or null for the shipped synthetic prices.</summary>
    public string? PriceCsv { get; init; }

    /// <summary>Lab 5's exercises to run (1, 2, 3; each with its variants), or null for all of them and the figures.</summary>
    public IReadOnlyList<int>? Lab05Exercises { get; init; }
    /// <summary>A UTF-8 text file for Lab 8 to learn from, or null for the shipped English corpus.</summary>
    public string? Corpus { get; init; }
}
