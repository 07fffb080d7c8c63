namespace RnnKata.Grading.Exports;

/// <summary>
/// Bounds what one student's reports can hold, whatever the submission prints: each message, problem, finding and
/// warning is cut at a number of characters (<see cref="SubmissionText.Cap"/>, with a visible <c>[truncated]</c>
/// marker) and made printable (<see cref="SubmissionText.Printable"/>, line breaks kept), and the lists a submission can make long (warnings, a lab's problems, analyzer findings) keep their first
/// <see cref="MaxListed"/> items and say how many more there were. The tests themselves come from the kata, so their
/// number is bounded already. <see cref="Fit"/> then keeps a whole file under <see cref="SubmissionText.MaxFileChars"/>.
/// </summary>
public static class ReportCaps
{
    /// <summary>The most warnings, problems of one lab, or findings of one lab kept in a report.</summary>
    public const int MaxListed = 50;

    /// <summary>The report with every submission text cut at <paramref name="maxMessageChars"/> characters and
    /// every list at <see cref="MaxListed"/> items.</summary>
    public static GradingReport Apply(GradingReport report, int maxMessageChars = SubmissionText.MaxMessageChars)
    {
        ArgumentNullException.ThrowIfNull(report);
        string Cap(string text) => SubmissionText.Printable(SubmissionText.Cap(text, maxMessageChars), multiLine: true);
        return report with
        {
            Warnings = Listed(report.Warnings.Select(Cap).ToArray(), "warnings"),
            Labs = report.Labs.Select(lab => lab with
            {
                Problems = Listed(lab.Problems.Select(Cap).ToArray(), "problems"),
                Tests = lab.Tests.Select(test => test.Message is null ? test : test with { Message = Cap(test.Message) }).ToArray(),
                Findings = lab.Findings.Take(MaxListed)
                    .Select(f => f with { Message = Cap(f.Message), File = SubmissionText.ForConsole(f.File, SubmissionText.MaxNameChars) })
                    .ToArray(),
            }).ToArray(),
        };
    }

    /// <summary>
    /// The text <paramref name="render"/> makes of the report, capped as <see cref="Apply"/> does: when it is longer
    /// than <paramref name="maxFileChars"/>, messages are cut shorter and shorter (to 60 characters at the least) until
    /// it fits or can shrink no more.
    /// </summary>
    public static string Fit(GradingReport report, Func<GradingReport, string> render, int maxFileChars = SubmissionText.MaxFileChars)
    {
        ArgumentNullException.ThrowIfNull(render);
        var text = render(Apply(report));
        for (var limit = SubmissionText.MaxMessageChars / 4; text.Length > maxFileChars && limit >= 60; limit /= 4)
            text = render(Apply(report, limit));
        return text;
    }

    private static string[] Listed(string[] items, string what) =>
        items.Length <= MaxListed
            ? items
            : [.. items.Take(MaxListed), $"… and {items.Length - MaxListed} more {what} {SubmissionText.TruncatedMarker}."];
}
