using System.Text;

namespace RnnKata.Grading.Exports;

/// <summary>
/// Writes one student's feedback as Markdown: the score table, then per lab what to do next — each
/// failing test with its message, the tasks not started yet (with the chapter section to read), and why
/// a lab did not build or run.
/// </summary>
public static class FeedbackWriter
{
    /// <summary>The feedback of one graded submission.</summary>
    /// <param name="report">The submission's grading report.</param>
    /// <param name="student">The student's name, for the title.</param>
    public static string Render(GradingReport report, string student)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append("# RnnKata feedback: ").Append(student).Append("\n\n");
        text.Append("**Total: ").Append(ReportTable.FormatPoints(report.Points, report.MaxPoints)).Append(" points.**\n\n");

        text.Append("| Lab | Title | Passed | Failed | Not started | Points |\n");
        text.Append("| --- | --- | ---: | ---: | ---: | ---: |\n");
        foreach (var lab in report.Labs)
        {
            var ran = lab.Status is not (LabStatus.BuildFailed or LabStatus.RunFailed);
            string Count(int n) => ran ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–";
            text.Append($"| {lab.Id} | {Escape(lab.Title)} | {Count(lab.Counts.Passed)} | {Count(lab.Counts.Failed)} | " +
                        $"{Count(lab.Counts.NotStarted)} | {ReportTable.FormatPoints(lab.Points, lab.MaxPoints)} |\n");
        }

        foreach (var lab in report.Labs)
            AppendLab(text, lab);
        return text.ToString();
    }

    /// <summary>Writes the feedback to <paramref name="path"/> atomically.</summary>
    public static void Write(GradingReport report, string student, string path) =>
        AtomicFile.WriteAllText(path, Render(report, student));

    private static void AppendLab(StringBuilder text, LabResult lab)
    {
        text.Append("\n## ").Append(lab.Id).Append(": ").Append(lab.Title).Append("\n\n");
        switch (lab.Status)
        {
            case LabStatus.BuildFailed:
                text.Append("The lab did not build, so it scores 0. The first errors:\n\n");
                AppendCode(text, lab.Problems);
                return;
            case LabStatus.RunFailed:
                text.Append("The lab's tests did not run, so it scores 0:\n\n");
                AppendCode(text, lab.Problems);
                return;
            case LabStatus.Passed:
                text.Append("Every graded test passes.\n");
                break;
            case LabStatus.NotStarted:
                text.Append("Not started yet: every test still reaches a stub.\n");
                break;
        }

        var failures = lab.Tests.Where(t => t.Outcome == TestOutcome.Failed && !t.IsExtension).ToArray();
        if (failures.Length > 0)
        {
            text.Append("\nFailing tests:\n\n");
            foreach (var failure in failures)
                text.Append("- `").Append(ReportTable.ShortName(failure.Name)).Append("`: ").Append(Indent(failure.Message ?? "(no message)")).Append('\n');
        }

        var stubs = lab.Tests.Where(t => t.Outcome == TestOutcome.NotStarted && !t.IsExtension)
            .Select(t => t.Message![NUnitXmlReader.NotStartedPrefix.Length..].Trim())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (stubs.Length > 0 && lab.Status != LabStatus.NotStarted)
        {
            text.Append("\nNot started yet:\n\n");
            foreach (var stub in stubs)
                text.Append("- ").Append(stub).Append('\n');
        }

        if (lab.Extensions.Total > 0)
            text.Append($"\nOptional extensions (not scored): {lab.Extensions.Passed} of {lab.Extensions.Total} tests pass.\n");
    }

    private static void AppendCode(StringBuilder text, IEnumerable<string> lines)
    {
        text.Append("```text\n");
        foreach (var line in lines)
            text.Append(line).Append('\n');
        text.Append("```\n");
    }

    /// <summary>A multi-line message as one list item: continuation lines indented under it.</summary>
    private static string Indent(string message) => message.Trim().ReplaceLineEndings("\n  ");

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
