using System.Text;
using System.Text.RegularExpressions;
using RnnKata.Catalogue;

namespace RnnKata.Grading.Exports;

/// <summary>
/// Writes one student's feedback as Markdown: the score table, then per lab what to do next — each
/// failing test with its message, the tasks not started yet (with the chapter section to read), each
/// analyzer finding with its help link, and why a lab did not build or run. Hidden tests stay hidden:
/// the feedback counts visible tests only and says that hidden tests are graded separately, so it never
/// says "every test passes" while a hidden one fails. Every text from the submission (the student's name, messages,
/// compiler output, warnings) is inert (<see cref="SubmissionText"/>): a message is a fenced code block, a name or a
/// warning is escaped, so no HTML, heading, link or emphasis of the student's reaches the page; the file is capped by
/// <see cref="ReportCaps"/>.
/// </summary>
public static partial class FeedbackWriter
{
    /// <summary>The feedback of one graded submission.</summary>
    /// <param name="report">The submission's grading report.</param>
    /// <param name="student">The student's name, for the title.</param>
    /// <param name="kataLink">The kata's root as a link from where the feedback is read (<c>../../</c>), put before the rule
    /// pages' kata paths (<c>docs/analyzers/RK0004.md</c>); null or empty: the paths as they are, relative to the kata's root.</param>
    public static string Render(GradingReport report, string student, string? kataLink = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append("# RnnKata feedback: ").Append(SubmissionText.ForMarkdownInline(student, SubmissionText.MaxNameChars)).Append("\n\n");
        var anyHidden = report.Labs.Any(HasHiddenTests);
        if (anyHidden)
        {
            var visible = Scoring.Round(report.Labs.Sum(VisiblePoints));
            var visibleMax = Scoring.Round(report.Labs.Sum(VisibleMaxPoints));
            text.Append($"**Visible tests: {Number(visible)} / {Number(visibleMax)} points.** ")
                .Append($"Hidden tests are graded separately by your instructor (up to {Number(Scoring.Round(report.MaxPoints - visibleMax))} more points).\n\n");
        }
        else
            text.Append("**Total: ").Append(ReportTable.FormatPoints(report.Points, report.MaxPoints)).Append(" points.**\n\n");

        text.Append(anyHidden ? "| Lab | Title | Visible passed | Failed | Not started | Points from visible tests |\n" : "| Lab | Title | Passed | Failed | Not started | Points |\n");
        text.Append("| --- | --- | ---: | ---: | ---: | ---: |\n");
        foreach (var lab in report.Labs)
        {
            var ran = lab.Status is not (LabStatus.BuildFailed or LabStatus.RunFailed);
            string Count(int n) => ran ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–";
            var counts = lab.Visible;
            var points = anyHidden
                ? $"{Number(Scoring.Round(VisiblePoints(lab)))} / {Number(Scoring.Round(VisibleMaxPoints(lab)))}"
                : ReportTable.FormatPoints(lab.Points, lab.MaxPoints);
            text.Append($"| {lab.Id} | {Escape(lab.Title)} | {Count(counts.Passed)} | {Count(counts.Failed)} | " +
                        $"{Count(counts.NotStarted)} | {points} |\n");
        }

        if (report.Warnings.Count > 0)
        {
            text.Append("\n## About your submission\n\n");
            foreach (var warning in report.Warnings)
                text.Append("- ").Append(SubmissionText.ForMarkdownInline(warning)).Append('\n');
        }

        foreach (var lab in report.Labs)
            AppendLab(text, lab, kataLink ?? "");
        return text.ToString();
    }

    /// <summary>
    /// Writes the feedback to <paramref name="path"/> atomically. With <paramref name="kataRoot"/>, rule pages are linked
    /// relative to the feedback file's own folder, so a link works wherever the file is read beside the kata (in the
    /// student's repository on GitHub, or on the instructor's disk).
    /// </summary>
    /// <param name="report">The submission's grading report.</param>
    /// <param name="student">The student's name, for the title.</param>
    /// <param name="path">Where to write the feedback.</param>
    /// <param name="kataRoot">The kata's root, for links relative to the file; null: links relative to the kata's root.</param>
    /// <param name="docsUrl">The kata's root as an https address (<c>--docs-url</c>, ending with '/'): links absolute from it,
    /// for feedback read away from the kata (a GitHub Classroom job summary); null: relative links.</param>
    public static void Write(GradingReport report, string student, string path, string? kataRoot = null, string? docsUrl = null) =>
        AtomicFile.WriteAllText(path, ReportCaps.Fit(report, capped =>
            Render(capped, student, docsUrl ?? (kataRoot is null ? null : LinkTo(kataRoot, path)))));

    /// <summary>The folder <paramref name="kataRoot"/> as a Markdown link prefix from the folder of <paramref name="file"/>
    /// (<c>../../</c>; empty when the file lies in the kata's root), each segment URL-escaped.</summary>
    public static string LinkTo(string kataRoot, string file)
    {
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(file))!, Path.GetFullPath(kataRoot));
        if (relative == ".")
            return "";
        return string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString)) + "/";
    }

    private static void AppendLab(StringBuilder text, LabResult lab, string kataLink)
    {
        text.Append("\n## ").Append(lab.Id).Append(": ").Append(lab.Title).Append("\n\n");
        switch (lab.Status)
        {
            case LabStatus.BuildFailed:
                text.Append("The lab did not build, so it scores 0. The first errors:\n\n");
                AppendCode(text, lab.Problems);
                AppendFindings(text, lab, kataLink);
                return;
            case LabStatus.RunFailed:
                text.Append("The lab's tests did not run, so it scores 0:\n\n");
                AppendCode(text, lab.Problems);
                return;
            case LabStatus.Passed when !HasHiddenTests(lab):
                text.Append("Every graded test passes.\n");
                break;
            case LabStatus.NotStarted:
                text.Append("Not started yet: every test still reaches a stub.\n");
                break;
        }

        if (HasHiddenTests(lab))
            text.Append($"{lab.Visible.Passed} of {lab.Visible.Total} visible tests pass. Hidden tests are graded separately.\n");

        var failures = lab.Tests.Where(t => t.Outcome == TestOutcome.Failed && !t.IsExtension && !t.IsHidden).ToArray();
        if (failures.Length > 0)
        {
            text.Append("\nFailing tests:\n\n");
            foreach (var failure in failures)
                text.Append("- ").Append(SubmissionText.ForMarkdownCodeSpan(ReportTable.ShortName(failure.Name))).Append(":\n\n")
                    .Append(SubmissionText.ForMarkdownCodeBlock([failure.Message?.Trim() ?? "(no message)"], indent: "  ")).Append('\n');
        }

        var stubs = lab.Tests.Where(t => t.Outcome == TestOutcome.NotStarted && !t.IsExtension && !t.IsHidden)
            .Select(t => t.Message![GradingContract.NotStartedPrefix.Length..].Trim())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (stubs.Length > 0 && lab.Status != LabStatus.NotStarted)
        {
            text.Append("\nNot started yet:\n\n");
            foreach (var stub in stubs)
                text.Append("- ").Append(SubmissionText.ForMarkdownInline(stub)).Append('\n');
        }

        if (lab.Extensions.Total > 0)
            text.Append($"\nOptional extensions (not scored): {lab.Extensions.Passed} of {lab.Extensions.Total} tests pass.\n");
        AppendFindings(text, lab, kataLink);
    }

    /// <summary>What the analyzers noticed, each finding naming its rule once, as the link to the rule's page. The compiler's
    /// own errors (CS…) are not analyzer findings: after a failed build they are in the build's errors above.</summary>
    private static void AppendFindings(StringBuilder text, LabResult lab, string kataLink)
    {
        var findings = lab.Findings.Where(f => !f.Id.StartsWith("CS", StringComparison.Ordinal)).ToArray();
        if (findings.Length == 0)
            return;
        text.Append("\nWhat the analyzer noticed:\n\n");
        foreach (var finding in findings)
        {
            var rule = finding.HelpLink is not null && SafeLink().IsMatch(finding.HelpLink) && SafeId().IsMatch(finding.Id)
                ? $"[{finding.Id}]({(finding.HelpLink.StartsWith("docs/", StringComparison.Ordinal) ? kataLink : "")}{finding.HelpLink})"
                : SubmissionText.ForMarkdownInline(finding.Id, SubmissionText.MaxNameChars);
            text.Append($"- {rule} ({SubmissionText.ForMarkdownInline(finding.Severity, SubmissionText.MaxNameChars)}) " +
                        $"in {SubmissionText.ForMarkdownCodeSpan(finding.File)} line {finding.Line}: {SubmissionText.ForMarkdownInline(finding.Message)}\n");
        }
    }

    private static string Number(double points) => points.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static bool HasHiddenTests(LabResult lab) => lab.Tests.Any(t => t.IsHidden);

    private static double ScoredWeight(LabResult lab, bool hidden) =>
        lab.Tests.Where(t => !t.IsExtension && t.Outcome != TestOutcome.Skipped && t.IsHidden == hidden).Sum(t => t.Weight);

    private static double VisibleMaxPoints(LabResult lab)
    {
        var total = ScoredWeight(lab, false) + ScoredWeight(lab, true);
        return total == 0 ? lab.MaxPoints : lab.MaxPoints * ScoredWeight(lab, false) / total;
    }

    private static double VisiblePoints(LabResult lab) => lab.Points - lab.HiddenPoints;

    private static void AppendCode(StringBuilder text, IEnumerable<string> lines) => text.Append(SubmissionText.ForMarkdownCodeBlock(lines));

    /// <summary>A help link the feedback may show as a link: the kata's docs or a plain web address.</summary>
    [GeneratedRegex(@"^(docs/[A-Za-z0-9_./-]+\.md(#[A-Za-z0-9_-]+)?|https://[A-Za-z0-9_./#?=&%-]+)$")]
    private static partial Regex SafeLink();

    /// <summary>A rule id the feedback may show as a link's text.</summary>
    [GeneratedRegex("^[A-Za-z]{1,10}[0-9]{1,6}$")]
    private static partial Regex SafeId();

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
