using System.Text.Json;
using RnnKata.Catalogue;
using RnnKata.Grading.Exports;
using RnnKata.Grading.Intake;

namespace RnnKata.Grading.Class;

/// <summary>
/// The class's JSON report (<c>class-report.json</c>): the labs and their points, where the scheme and hidden
/// tests came from, and per student the points per lab (with the part hidden tests gave), the total,
/// warnings and why a submission could not be graded. Each student carries the class's unique id and the LMS
/// participant number (<c>lmsId</c>, null when unknown), so that two students of the same name stay apart. Once the
/// class is graded, <c>copies</c> lists the suspected copies (<see cref="Copies.CopyDetector"/>; their passages side by
/// side in <c>copies.md</c>). Per-test detail is in each student's <c>report.json</c>.
/// </summary>
public static class ClassReportWriter
{
    /// <summary>Writes the report atomically.</summary>
    public static void Write(
        IReadOnlyList<Lab> labs, IReadOnlyList<SubmissionEntry> entries, IReadOnlyList<StudentGrade> grades,
        GradingScheme scheme, HiddenTestSet hidden, string path, Copies.CopyReport? copies = null)
    {
        var students = entries.Zip(grades, (entry, grade) => new
        {
            id = entry.StudentId,
            lmsId = entry.LmsNumber,
            name = SubmissionText.Cap(entry.DisplayName, SubmissionText.MaxNameChars),
            submission = SubmissionText.Cap(entry.OriginalName, SubmissionText.MaxNameChars),
            kind = entry.Kind.ToString().ToLowerInvariant(),
            graded = grade.Report is not null,
            problem = grade.Problem,
            points = grade.Report?.Points ?? 0,
            hiddenPoints = grade.Report is null ? 0 : Scoring.Round(grade.Report.Labs.Sum(l => l.HiddenPoints)),
            maxPoints = labs.Sum(l => scheme.For(l).Points),
            labs = labs.Select(lab => grade.Report?.Labs.FirstOrDefault(r => r.Id == lab.Id) is { } r
                ? new { id = lab.Id, status = ReportJson.Status(r.Status), points = r.Points, hiddenPoints = r.HiddenPoints, maxPoints = r.MaxPoints }
                : new { id = lab.Id, status = ReportJson.NotGraded, points = 0.0, hiddenPoints = 0.0, maxPoints = scheme.For(lab).Points }),
            warnings = grade.Report?.Warnings ?? [],
            notes = grade.Notes,
            reports = $"students/{entry.StudentId}/",
        }).OrderBy(s => s.name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.id, StringComparer.Ordinal);

        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(new
        {
            generatedAt = DateTimeOffset.UtcNow,
            scheme = scheme.Source,
            hiddenTests = hidden.Fixtures.Count == 0 ? null : hidden.Source,
            labs = labs.Select(l => new { id = l.Id, title = l.Title, points = scheme.For(l).Points }),
            students,
            copies = copies is null ? null : new
            {
                page = "copies.md",
                compared = copies.Students,
                commonFingerprints = copies.CommonFingerprints,
                referenceCopies = copies.ReferenceCopies.Select(Pair),
                pairs = copies.Pairs.Select(Pair),
                notes = copies.Notes.Take(ReportCaps.MaxListed).Select(n => SubmissionText.Cap(n, SubmissionText.MaxMessageChars)),
            },
        }, ReportJson.Options) + "\n");
    }

    private static object Pair(Copies.SuspiciousPair pair) => new
    {
        a = pair.A,
        b = pair.B,
        similarity = Math.Round(pair.Similarity, 3),
        shared = pair.Shared,
        passages = pair.Passages.Select(p => new
        {
            fileA = SubmissionText.Cap(p.FileA, SubmissionText.MaxNameChars), linesA = $"{p.FromA}-{p.ToA}",
            fileB = SubmissionText.Cap(p.FileB, SubmissionText.MaxNameChars), linesB = $"{p.FromB}-{p.ToB}",
            tokens = p.Tokens,
        }),
    };
}
