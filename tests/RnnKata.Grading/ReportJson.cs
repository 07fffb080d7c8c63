using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RnnKata.Grading;

/// <summary>
/// The one spelling of the grader's own JSON files (<c>report.json</c>, <c>class-report.json</c>, <c>grade.json</c>,
/// <c>copies.json</c>): camelCase keys and kebab-case statuses (<c>partial</c>, <c>build-failed</c>, <c>not-started</c>,
/// <c>not-graded</c>). <c>results.json</c> keeps the keys of Exercism's format (<c>max_score</c>, <c>test_code</c>),
/// which GitHub Classroom's reporter reads as they are.
/// </summary>
public static class ReportJson
{
    /// <summary>The status of a student who could not be graded at all.</summary>
    public const string NotGraded = "not-graded";

    /// <summary>camelCase keys, kebab-case enums, indented, non-ASCII text as it is.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>A lab's status as every report spells it: <c>build-failed</c>.</summary>
    public static string Status(LabStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
