namespace RnnKata.Experiments.Running;

/// <summary>What one experiment produced.</summary>
/// <param name="Metrics">Every number it measured, in the order the chapter states them.</param>
/// <param name="Figures">The PNG files it wrote.</param>
/// <param name="Listings">Blocks of text the chapter prints as they are (a matrix, a row of values), each with a title.</param>
public sealed record ExperimentResult(
    IReadOnlyList<Metric> Metrics,
    IReadOnlyList<string> Figures,
    IReadOnlyList<(string Title, string Text)> Listings);
