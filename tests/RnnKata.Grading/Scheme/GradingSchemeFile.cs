using System.Text.Json;
using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>
/// Reads a grading file. Every field is optional; labs it leaves out keep their catalogue points.
/// <code>
/// {
///   "labs": {
///     "Lab02": {
///       "points": 30,
///       "weights": [
///         { "tests": "ElmanNetworkBackwardTests.*", "weight": 3 },
///         { "tests": "*Rejects*", "weight": 0.5 }
///       ]
///     }
///   }
/// }
/// </code>
/// </summary>
public static class GradingSchemeFile
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Loads <paramref name="path"/> over the catalogue's defaults.</summary>
    /// <exception cref="GradingSchemeException">The file is missing, is not JSON, or says something impossible; the message says where.</exception>
    public static GradingScheme Load(string path, IReadOnlyList<Lab> catalogue)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GradingSchemeException($"Cannot read the grading file '{path}': {e.Message}");
        }
        return Parse(text, path, catalogue);
    }

    /// <summary>Parses a grading file's text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="GradingSchemeException">Not JSON, or an unknown lab, a bad number, an empty pattern.</exception>
    public static GradingScheme Parse(string text, string source, IReadOnlyList<Lab> catalogue)
    {
        var scheme = GradingScheme.FromCatalogue(catalogue).Labs.ToDictionary(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw Problem(source, "the file must hold one JSON object");
            if (!document.RootElement.TryGetProperty("labs", out var labs))
                return new GradingScheme(scheme, source);
            if (labs.ValueKind != JsonValueKind.Object)
                throw Problem(source, "\"labs\" must be an object keyed by lab id, e.g. { \"Lab01\": { \"points\": 10 } }");

            foreach (var entry in labs.EnumerateObject())
            {
                var lab = catalogue.FirstOrDefault(l => string.Equals(l.Id, entry.Name, StringComparison.OrdinalIgnoreCase))
                          ?? throw Problem(source, $"no lab '{entry.Name}' in the catalogue (known: {string.Join(", ", catalogue.Select(l => l.Id))})");
                scheme[lab.Id] = ReadLab(entry.Value, $"labs.{lab.Id}", source, lab);
            }
        }
        catch (JsonException e)
        {
            throw Problem(source, $"not valid JSON: {e.Message}");
        }
        return new GradingScheme(scheme, source);
    }

    private static LabScheme ReadLab(JsonElement element, string where, string source, Lab lab)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw Problem(source, $"{where} must be an object with \"points\" and/or \"weights\"");

        var points = lab.Points;
        if (element.TryGetProperty("points", out var p))
        {
            if (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out points) || points < 0)
                throw Problem(source, $"{where}.points must be a whole number ≥ 0");
        }

        var rules = new List<WeightRule>();
        if (element.TryGetProperty("weights", out var weights))
        {
            if (weights.ValueKind != JsonValueKind.Array)
                throw Problem(source, $"{where}.weights must be a list of {{ \"tests\": pattern, \"weight\": number }}");
            var i = 0;
            foreach (var rule in weights.EnumerateArray())
            {
                var at = $"{where}.weights[{i++}]";
                if (rule.ValueKind != JsonValueKind.Object
                    || !rule.TryGetProperty("tests", out var tests) || tests.ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(tests.GetString()))
                    throw Problem(source, $"{at} needs \"tests\": a test name pattern such as \"ElmanNetworkBackwardTests.*\"");
                if (!rule.TryGetProperty("weight", out var w) || w.ValueKind != JsonValueKind.Number
                    || !double.IsFinite(w.GetDouble()) || w.GetDouble() < 0)
                    throw Problem(source, $"{at}.weight must be a number ≥ 0");
                rules.Add(new WeightRule(tests.GetString()!, w.GetDouble()));
            }
        }
        return new LabScheme(points, rules);
    }

    private static GradingSchemeException Problem(string source, string what) => new($"Grading file '{source}': {what}.");
}

/// <summary>The grading file cannot be used; the message says why and where.</summary>
public sealed class GradingSchemeException(string message) : Exception(message);
