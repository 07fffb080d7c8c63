using System.Text.Json;
using RnnKata.Catalogue;

namespace RnnKata.Grading.Class;

/// <summary>One lab's line of a <see cref="GradeRecord"/>.</summary>
public sealed record LabRecord(
    string Id, string Title, LabStatus Status, int Passed, int Failed, int NotStarted, int Skipped,
    double Points, int MaxPoints, double HiddenPoints);

/// <summary>
/// What a class run keeps of one graded student (<c>students/&lt;id&gt;/grade.json</c>), written last, so
/// that its presence means the student's reports are complete: a re-run skips the student when the
/// fingerprint (the student's sources and the grading setup) is unchanged, and builds the gradebook from it.
/// </summary>
public sealed record GradeRecord(
    string StudentId, string DisplayName, string OriginalName, string Fingerprint, DateTimeOffset GradedAt,
    string? Problem, IReadOnlyList<string> Warnings, IReadOnlyList<LabRecord> Labs)
{
    /// <summary>What went wrong in writing the student's reports (an exporter that failed for this student only); empty
    /// when every report was written.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The file name inside a student's folder.</summary>
    public const string FileName = "grade.json";

    /// <summary>The record of a graded report.</summary>
    public static GradeRecord Of(string studentId, string displayName, string originalName, string fingerprint, GradingReport report) => new(
        studentId, displayName, originalName, fingerprint, report.Timestamp, null, report.Warnings,
        report.Labs.Select(l => new LabRecord(l.Id, l.Title, l.Status, l.Counts.Passed, l.Counts.Failed, l.Counts.NotStarted,
                                              l.Counts.Skipped, l.Points, l.MaxPoints, l.HiddenPoints)).ToArray());

    /// <summary>A report rebuilt from the record (counts and points; no per-test results).</summary>
    public GradingReport? ToReport(string submissionPath) => Problem is not null
        ? null
        : new GradingReport(KataTarget.Exercises, submissionPath, GradedAt, Labs.Select(l =>
              new LabResult(l.Id, l.Title, l.Status, new TestCounts(l.Passed, l.Failed, l.NotStarted, l.Skipped), l.Points, l.MaxPoints, [], [])
              {
                  HiddenPoints = l.HiddenPoints,
              }).ToArray())
        {
            Warnings = Warnings,
        };

    /// <summary>Writes the record atomically.</summary>
    public void Write(string studentFolder) =>
        Exports.AtomicFile.WriteAllText(Path.Combine(studentFolder, FileName), JsonSerializer.Serialize(this, ReportJson.Options) + "\n");

    /// <summary>The record in <paramref name="studentFolder"/>, or null when there is none or it cannot be read (then the student is graded again).</summary>
    public static GradeRecord? TryRead(string studentFolder)
    {
        var path = Path.Combine(studentFolder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<GradeRecord>(File.ReadAllText(path), ReportJson.Options) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The gradebook line of <paramref name="entry"/> from this record.</summary>
    public Exports.StudentGrade ToGrade(Intake.SubmissionEntry entry) =>
        new(entry.DisplayName, ToReport(entry.Path), Problem, entry.StudentId, entry.LmsNumber) { Notes = Notes };

    /// <summary>True when the record covers exactly <paramref name="labs"/>.</summary>
    public bool Covers(IReadOnlyList<Lab> labs) =>
        Labs.Select(l => l.Id).Order(StringComparer.Ordinal).SequenceEqual(labs.Select(l => l.Id).Order(StringComparer.Ordinal));
}
