using System.Globalization;
using System.Text;
using RnnKata.Catalogue;
using RnnKata.Grading.Exports;

namespace RnnKata.Grading.Class;

/// <summary>The class table printed at the end of a class run: one row per student, points per lab. A name is one
/// printable line (<see cref="SubmissionText.ForConsole"/>), followed by the student's id when two share it.</summary>
public static class ClassTable
{
    /// <summary>The table's text.</summary>
    public static string Render(IReadOnlyList<Lab> labs, IReadOnlyList<StudentGrade> grades, GradingScheme scheme)
    {
        var shared = grades.GroupBy(g => g.Student, StringComparer.OrdinalIgnoreCase).Where(same => same.Count() > 1)
            .Select(same => same.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = grades.OrderBy(g => g.Student, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.StudentId, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[
                SubmissionText.ForConsole(g.Student, SubmissionText.MaxNameChars) + (shared.Contains(g.Student) && g.StudentId is not null ? $" ({g.StudentId})" : ""),
                .. labs.Select(lab => g.Report?.Labs.FirstOrDefault(r => r.Id == lab.Id) is { } r ? Cell(r) : "–"),
                g.Report is null ? "not graded" : ReportTable.FormatPoints(g.Report.Points, labs.Sum(l => scheme.For(l).Points)),
            ]).ToList();
        IReadOnlyList<string> header = ["Student", .. labs.Select(l => l.Id), "Total"];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        void Row(IReadOnlyList<string> cells) =>
            text.Append(string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])))).Append('\n');
        Row(header);
        Row(widths.Select(w => new string('-', w)).ToArray());
        rows.ForEach(Row);
        return text.ToString();
    }

    private static string Cell(LabResult lab) => lab.Status switch
    {
        LabStatus.BuildFailed => "build failed",
        LabStatus.RunFailed => "run failed",
        _ => lab.Points.ToString("0.#", CultureInfo.InvariantCulture),
    };
}
