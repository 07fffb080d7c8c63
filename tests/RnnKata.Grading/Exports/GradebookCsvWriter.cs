using System.Globalization;
using System.Text;
using RnnKata.Catalogue;

namespace RnnKata.Grading.Exports;

/// <summary>One student's line of a class gradebook.</summary>
/// <param name="Student">The student's name (the submission's folder or file name).</param>
/// <param name="Report">The grading report; null when the submission could not be graded at all.</param>
/// <param name="Problem">Why the submission could not be graded (a corrupt zip, an empty folder); null when it was.</param>
/// <param name="StudentId">The id unique within the class (<see cref="Intake.SubmissionEntry.StudentId"/>): two students
/// of the same name have two ids; null outside a class run.</param>
/// <param name="LmsId">The LMS's participant number (Moodle's, from the submission's name), or null when unknown.</param>
public sealed record StudentGrade(string Student, GradingReport? Report, string? Problem = null, string? StudentId = null, string? LmsId = null)
{
    /// <summary>What went wrong in writing this student's reports (a report that could not be written); shown in the note.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// Writes a class gradebook as CSV for an LMS: one row per student with the student's name, id (unique in the class)
/// and LMS participant number (so that two students of the same name stay apart), the points of every lab, the
/// total and the maximum, and a note (a submission that could not be graded scores 0 with the reason).
/// RFC 4180 quoting; every cell is one printable line (<see cref="SubmissionText.ForConsole"/>), and cells that a
/// spreadsheet would run as a formula are prefixed with <c>'</c>.
/// </summary>
public static class GradebookCsvWriter
{
    /// <summary>The gradebook's text; <paramref name="scheme"/> gives the labs' points (default: the catalogue's).</summary>
    public static string Render(IReadOnlyList<Lab> labs, IReadOnlyList<StudentGrade> grades, GradingScheme? scheme = null)
    {
        ArgumentNullException.ThrowIfNull(labs);
        ArgumentNullException.ThrowIfNull(grades);
        var text = new StringBuilder();
        AppendRow(text, ["student", "student_id", "lms_id", .. labs.Select(l => l.Id), "total", "max", "note"]);
        var max = labs.Sum(l => scheme?.For(l).Points ?? l.Points);
        foreach (var grade in grades.OrderBy(g => g.Student, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.StudentId, StringComparer.Ordinal))
        {
            var points = labs.Select(lab => grade.Report?.Labs.FirstOrDefault(r => r.Id == lab.Id)?.Points ?? 0).ToArray();
            AppendRow(text, [grade.Student, grade.StudentId ?? "", grade.LmsId ?? "", .. points.Select(Number), Number(Scoring.Round(points.Sum())), Number(max), NoteOf(grade)]);
        }
        return text.ToString();
    }

    /// <summary>Writes the gradebook to <paramref name="path"/> atomically.</summary>
    public static void Write(IReadOnlyList<Lab> labs, IReadOnlyList<StudentGrade> grades, string path, GradingScheme? scheme = null) =>
        AtomicFile.WriteAllText(path, Render(labs, grades, scheme));

    private static string NoteOf(StudentGrade grade)
    {
        if (grade.Problem is not null)
            return string.Join("; ", [$"not graded: {grade.Problem}", .. grade.Notes]);
        var broken = grade.Report!.Labs.Where(l => l.Status is LabStatus.BuildFailed or LabStatus.RunFailed)
            .Select(l => $"{l.Id} {(l.Status == LabStatus.BuildFailed ? "build failed" : "run failed")}")
            .ToArray();
        return string.Join("; ", [.. broken, .. grade.Notes]);
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(",", cells.Select(Cell))).Append("\r\n");

    /// <summary>A CSV cell: one printable line, quoted when it holds a comma or quote, defused when it starts like a formula.</summary>
    public static string Cell(string value)
    {
        value = SubmissionText.ForConsole(value);
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
