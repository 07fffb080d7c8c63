using System.Text.Json;

namespace RnnKata.Grading;

/// <summary>Writes a grading report as JSON, atomically (a temporary file beside the target, then a move),
/// so a reader never sees half a report.</summary>
public static class JsonReportWriter
{
    /// <summary>The report as a JSON document.</summary>
    public static string Serialize(GradingReport report) => JsonSerializer.Serialize(new
    {
        target = report.Target,
        submission = report.Submission,
        timestamp = report.Timestamp,
        warnings = report.Warnings,
        labs = report.Labs.Select(lab => new
        {
            id = lab.Id,
            title = lab.Title,
            status = lab.Status,
            passed = lab.Counts.Passed,
            failed = lab.Counts.Failed,
            notStarted = lab.Counts.NotStarted,
            skipped = lab.Counts.Skipped,
            total = lab.Counts.Total,
            points = lab.Points,
            maxPoints = lab.MaxPoints,
            extensions = new
            {
                passed = lab.Extensions.Passed,
                failed = lab.Extensions.Failed,
                notStarted = lab.Extensions.NotStarted,
                total = lab.Extensions.Total,
            },
            hidden = new
            {
                passed = lab.Hidden.Passed,
                failed = lab.Hidden.Failed,
                notStarted = lab.Hidden.NotStarted,
                total = lab.Hidden.Total,
                points = lab.HiddenPoints,
            },
            problems = lab.Problems,
            findings = lab.Findings.Select(f => new { id = f.Id, severity = f.Severity, message = f.Message, file = f.File, line = f.Line, helpLink = f.HelpLink }),
            tests = lab.Tests.Select(t => new
            {
                name = t.Name, outcome = t.Outcome, message = t.Message, extension = t.IsExtension, hidden = t.IsHidden, weight = t.Weight,
            }),
        }),
        totals = new
        {
            passed = report.Counts.Passed,
            failed = report.Counts.Failed,
            notStarted = report.Counts.NotStarted,
            skipped = report.Counts.Skipped,
            total = report.Counts.Total,
            points = report.Points,
            hiddenPoints = Scoring.Round(report.Labs.Sum(lab => lab.HiddenPoints)),
            maxPoints = report.MaxPoints,
        },
    }, ReportJson.Options);

    /// <summary>Writes the report to <paramref name="path"/>, creating its folder if needed.</summary>
    public static void Write(GradingReport report, string path) =>
        Exports.AtomicFile.WriteAllText(path, Exports.ReportCaps.Fit(report, Serialize) + "\n");
}
