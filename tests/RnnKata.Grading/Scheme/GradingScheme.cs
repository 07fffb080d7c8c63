using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>
/// Points per lab and weights per test. Without a grading file every lab is worth its catalogue points
/// and every test weighs 1; a grading file (<see cref="GradingSchemeFile"/>) can change both.
/// </summary>
/// <param name="Labs">The scheme of each lab that has one, by lab id.</param>
/// <param name="Source">Where the scheme came from, for reports: "catalogue" or the grading file's path.</param>
public sealed record GradingScheme(IReadOnlyDictionary<string, LabScheme> Labs, string Source)
{
    /// <summary>Catalogue points, every test weighing 1.</summary>
    public static GradingScheme FromCatalogue(IReadOnlyList<Lab> catalogue) => new(
        catalogue.ToDictionary(lab => lab.Id, lab => new LabScheme(lab.Points, []), StringComparer.OrdinalIgnoreCase), "catalogue");

    /// <summary>The scheme of <paramref name="lab"/>: the file's, or the catalogue's points with equal weights.</summary>
    public LabScheme For(Lab lab) => Labs.TryGetValue(lab.Id, out var scheme) ? scheme : new LabScheme(lab.Points, []);
}
