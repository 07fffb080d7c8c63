using System.Globalization;
using System.Text;
using RnnKata.Grading.Exports;

namespace RnnKata.Grading.Copies;

/// <summary>
/// The instructor's page of suspected copies (<c>copies.md</c>): copies of the reference solution, then pairs of students
/// too alike, each with its shared passages side by side (a two-column table, one line of each submission per row).
/// Every text from a submission is a code span (<see cref="SubmissionText.ForMarkdownCodeSpan"/>, table pipes escaped),
/// so no markup of a student's reaches the page. A flag is a reason to look, never a verdict.
/// </summary>
public static class CopiesMarkdownWriter
{
    /// <summary>Pairs shown with their passages (each at most <see cref="CopyDetector.MaxPassages"/> passages of
    /// <see cref="CopyDetector.MaxPassageLines"/> lines of 200 characters); the rest are one table row each.</summary>
    public const int MaxPairsShown = 50;

    /// <summary>The page's Markdown.</summary>
    /// <param name="report">What copy detection found.</param>
    /// <param name="names">A student's name by id, for headings.</param>
    public static string Render(CopyReport report, Func<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        var text = new StringBuilder("# Suspected copies\n\n");
        text.Append(Invariant($"{report.Students} submissions compared on normalised tokens (names, literals, layout and comments do not count); "))
            .Append(Invariant($"what the stub contains and {report.CommonFingerprints} passages most of the class shares are ignored. "))
            .Append(Invariant($"A pair is listed when at least {CopyDetector.MinSimilarity:P0} of the smaller submission's own code is found in the other. "))
            .Append("A listing is a reason to look, not a verdict.\n");

        text.Append("\n## Copies of the reference solution\n\n");
        if (report.ReferenceCopies.Count == 0)
            text.Append("None.\n");
        foreach (var pair in report.ReferenceCopies.Take(MaxPairsShown))
            AppendPair(text, pair, names);
        if (report.ReferenceCopies.Count > MaxPairsShown)
            text.Append(Invariant($"\n{report.ReferenceCopies.Count - MaxPairsShown} more: ")).AppendJoin(", ", report.ReferenceCopies.Skip(MaxPairsShown).Select(p => Name(p.A, names))).Append('\n');

        text.Append("\n## Pairs of students\n\n");
        if (report.Pairs.Count == 0)
            text.Append("None.\n");
        foreach (var pair in report.Pairs.Take(MaxPairsShown))
            AppendPair(text, pair, names);
        if (report.Pairs.Count > MaxPairsShown)
        {
            text.Append(Invariant($"\n### {report.Pairs.Count - MaxPairsShown} more pairs, less alike (passages in class-report.json)\n\n"))
                .Append("| Student | Student | Alike | Shared fingerprints |\n| --- | --- | ---: | ---: |\n");
            foreach (var pair in report.Pairs.Skip(MaxPairsShown))
                text.Append(Invariant($"| {Name(pair.A, names)} | {Name(pair.B, names)} | {pair.Similarity:P0} | {pair.Shared} |\n"));
        }

        if (report.Notes.Count > 0)
        {
            text.Append("\n## Not compared\n\n");
            foreach (var note in report.Notes.Take(ReportCaps.MaxListed))
                text.Append("- ").Append(SubmissionText.ForMarkdownInline(note)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Writes the page atomically.</summary>
    public static void Write(CopyReport report, Func<string, string> names, string path) =>
        AtomicFile.WriteAllText(path, Render(report, names));

    private static void AppendPair(StringBuilder text, SuspiciousPair pair, Func<string, string> names)
    {
        var a = Name(pair.A, names);
        var b = pair.B == CopyDetector.Reference ? "the reference solution" : Name(pair.B, names);
        text.Append("\n### ").Append(a).Append(" and ").Append(b).Append('\n').Append('\n')
            .Append(Invariant($"{pair.Similarity:P0} alike ({pair.Shared} shared fingerprints); the longest shared passages:\n"));
        foreach (var passage in pair.Passages)
        {
            text.Append('\n')
                .Append(Invariant($"| {a}: {Code(passage.FileA)} lines {passage.FromA}–{passage.ToA} | {b}: {Code(passage.FileB)} lines {passage.FromB}–{passage.ToB} |\n"))
                .Append("| --- | --- |\n");
            for (var i = 0; i < Math.Max(passage.LinesA.Count, passage.LinesB.Count); i++)
                text.Append("| ").Append(Cell(passage.LinesA, i)).Append(" | ").Append(Cell(passage.LinesB, i)).Append(" |\n");
        }
    }

    // ForMarkdownInline already escapes '|', so a name cannot split a table cell.
    private static string Name(string id, Func<string, string> names) => SubmissionText.ForMarkdownInline(names(id), SubmissionText.MaxNameChars);

    private static string Code(string text) => SubmissionText.ForMarkdownCodeSpan(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Cell(IReadOnlyList<string> lines, int i) =>
        i >= lines.Count || string.IsNullOrWhiteSpace(lines[i]) ? "" : Code(lines[i].TrimEnd());

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
