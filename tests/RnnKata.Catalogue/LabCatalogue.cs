using System.Reflection;
using System.Text.Json;

namespace RnnKata.Catalogue;

/// <summary>The labs of the kata in curriculum order, read from the embedded <c>labs.json</c>.</summary>
public static class LabCatalogue
{
    private static readonly Lazy<IReadOnlyList<Lab>> Labs = new(Load);

    /// <summary>All labs, ordered by <see cref="Lab.Number"/>.</summary>
    public static IReadOnlyList<Lab> All => Labs.Value;

    /// <summary>The lab with the given id (case-insensitive), e.g. <c>Lab01</c>.</summary>
    /// <exception cref="ArgumentException">No lab has that id.</exception>
    public static Lab Find(string id) =>
        All.FirstOrDefault(lab => string.Equals(lab.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"No lab '{id}' in the catalogue. Known labs: {string.Join(", ", All.Select(l => l.Id))}.", nameof(id));

    /// <summary>Parses a catalogue document (the format of <c>labs.json</c>) and checks it.</summary>
    /// <exception cref="FormatException">The document is not a valid catalogue; the message says why.</exception>
    public static IReadOnlyList<Lab> Parse(string json)
    {
        CatalogueDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogueDocument>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (JsonException e)
        {
            throw new FormatException($"labs.json is not valid JSON: {e.Message}", e);
        }

        var labs = document?.Labs ?? throw new FormatException("labs.json has no \"labs\" array.");
        foreach (var lab in labs)
        {
            if (string.IsNullOrWhiteSpace(lab.Id) || string.IsNullOrWhiteSpace(lab.Project) ||
                string.IsNullOrWhiteSpace(lab.Chapter) || string.IsNullOrWhiteSpace(lab.Category))
                throw new FormatException($"Lab #{lab.Number} in labs.json is missing an id, project, chapter or category.");
            if (lab.Points <= 0)
                throw new FormatException($"Lab {lab.Id} in labs.json must be worth a positive number of points.");
        }

        var duplicate = labs.GroupBy(l => l.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new FormatException($"Lab id {duplicate.Key} appears twice in labs.json.");

        return labs.OrderBy(l => l.Number).ToArray();
    }

    private static IReadOnlyList<Lab> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RnnKata.Catalogue.labs.json")
            ?? throw new InvalidOperationException("labs.json is not embedded in RnnKata.Catalogue.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record CatalogueDocument(List<Lab>? Labs);
}
