using System.Globalization;
using System.Text;

namespace RnnKata.Grading;

/// <summary>Prints a grading report as a plain-text table, with notes on labs that did not build or run
/// and the first failing tests of each lab. Text from the submission (compiler output, failure messages) is printed as
/// printable lines only (<see cref="Exports.SubmissionText.ForConsole"/>): no escape sequence reaches the terminal.</summary>
public static class ReportTable
{
    /// <summary>How many failing tests the notes list per lab; the JSON report has them all.</summary>
    public const int MaxFailuresListed = 5;

    private static readonly string[] Headers = ["Lab", "Title", "Passed", "Failed", "Not started", "Points"];

    /// <summary>The extra column shown when some lab has optional extension exercises.</summary>
    private const string ExtensionsHeader = "Extensions passed";

    /// <summary>Points as the table shows them: <c>7.5 / 10</c>.</summary>
    public static string FormatPoints(double points, int maxPoints) =>
        string.Create(CultureInfo.InvariantCulture, $"{points:0.#} / {maxPoints}");

    /// <summary>The table and its notes, ready to print.</summary>
    public static string Render(GradingReport report)
    {
        var showExtensions = report.Labs.Any(lab => lab.Extensions.Total > 0);
        var headers = showExtensions ? [.. Headers, ExtensionsHeader] : Headers;
        var rows = report.Labs.Select(lab => showExtensions ? [.. Row(lab), ExtensionCell(lab)] : Row(lab)).ToList();
        var total = report.Counts;
        string[] totalRow = ["Total", "", N(total.Passed), N(total.Failed), N(total.NotStarted), FormatPoints(report.Points, report.MaxPoints)];
        rows.Add(showExtensions ? [.. totalRow, ""] : totalRow);

        var widths = headers.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        AppendRow(text, headers, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows.Take(rows.Count - 1))
            AppendRow(text, row, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        AppendRow(text, rows[^1], widths);

        if (showExtensions)
            text.Append("\nExtensions are optional exercises: they are reported, not scored.\n");
        AppendNotes(text, report);
        return text.ToString();
    }

    /// <summary>One lab's verdict in words, for the progress line.</summary>
    public static string Describe(LabResult lab) => lab.Status switch
    {
        LabStatus.BuildFailed => $"build failed ({FormatPoints(lab.Points, lab.MaxPoints)})",
        LabStatus.RunFailed => $"tests did not run ({FormatPoints(lab.Points, lab.MaxPoints)})",
        _ => $"{lab.Counts.Passed} passed, {lab.Counts.Failed} failed, {lab.Counts.NotStarted} not started " +
             $"({FormatPoints(lab.Points, lab.MaxPoints)})",
    };

    private static string[] Row(LabResult lab)
    {
        var ran = lab.Status is not (LabStatus.BuildFailed or LabStatus.RunFailed);
        string Count(int n) => ran ? N(n) : "-";
        return [lab.Id, lab.Title, Count(lab.Counts.Passed), Count(lab.Counts.Failed), Count(lab.Counts.NotStarted),
                FormatPoints(lab.Points, lab.MaxPoints)];
    }

    /// <summary>Optional extension exercises: <c>2 / 6</c> passed, not scored; blank for a lab without any.</summary>
    private static string ExtensionCell(LabResult lab) =>
        lab.Extensions.Total == 0 ? "" : $"{N(lab.Extensions.Passed)} / {N(lab.Extensions.Total)}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text columns (Lab, Title) align left, numbers right.</summary>
    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        var padded = cells.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
        text.Append(string.Join("  ", padded).TrimEnd()).Append('\n');
    }

    private static void AppendNotes(StringBuilder text, GradingReport report)
    {
        foreach (var lab in report.Labs)
        {
            if (lab.Problems.Count > 0)
            {
                var what = lab.Status == LabStatus.BuildFailed ? "build failed" : "tests did not run";
                text.Append('\n').Append(lab.Id).Append(": ").Append(what).Append(":\n");
                foreach (var problem in lab.Problems.Take(Exports.ReportCaps.MaxListed))
                    foreach (var line in problem.ReplaceLineEndings("\n").Split('\n'))
                        text.Append("  ").Append(Exports.SubmissionText.ForConsole(line)).Append('\n');
            }

            var failures = lab.Tests.Where(t => t.Outcome == TestOutcome.Failed).ToArray();
            if (failures.Length == 0)
                continue;
            text.Append('\n').Append(lab.Id).Append(": failing tests:\n");
            foreach (var failure in failures.Take(MaxFailuresListed))
                text.Append("  ").Append(ShortName(failure.Name)).Append(failure.IsExtension ? " (extension, not scored)" : "")
                    .Append(": ").Append(Exports.SubmissionText.ForConsole(FirstLine(failure.Message))).Append('\n');
            if (failures.Length > MaxFailuresListed)
                text.Append("  … and ").Append(failures.Length - MaxFailuresListed).Append(" more (write the report with --json to see all).\n");
        }
    }

    /// <summary>A test's name without its namespace: <c>Fixture.Test_name(args)</c>.</summary>
    public static string ShortName(string fullName)
    {
        var arguments = fullName.IndexOf('(', StringComparison.Ordinal);
        var head = arguments < 0 ? fullName : fullName[..arguments];
        var dots = head.Split('.');
        var shortHead = dots.Length > 2 ? string.Join('.', dots[^2..]) : head;
        return arguments < 0 ? shortHead : shortHead + fullName[arguments..];
    }

    private static string FirstLine(string? message) =>
        message?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "(no message)";
}
