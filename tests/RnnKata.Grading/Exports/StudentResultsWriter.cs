using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RnnKata.Grading.Exports;

/// <summary>
/// Writes one student's results in the shape that Exercism's test runners produce
/// (<c>results.json</c>, version 3) and that GitHub Classroom's grading reporter reads: a top-level
/// <c>version</c>, <c>status</c> (<c>pass</c>, <c>fail</c> or <c>error</c>), <c>message</c>,
/// <c>max_score</c> and <c>score</c>, then per test <c>name</c>, <c>status</c>, <c>score</c>,
/// <c>message</c>, <c>test_code</c> and <c>task_id</c>. Existing tooling can read it as it is, so its keys stay
/// Exercism's (the grader's other JSON files are camelCase, <see cref="ReportJson"/>). The per-test scores add up to
/// <c>score</c> exactly (<see cref="TestScores"/>); a not-started test is an <c>error</c>, as in <c>junit.xml</c>.
/// </summary>
public static class StudentResultsWriter
{
    /// <summary>
    /// How a not-started test (one that reaches a stub's <c>NotImplementedException</c>) is reported, here and in
    /// <c>junit.xml</c> alike: an error, not a failure of the student's logic.
    /// </summary>
    public const string NotStartedStatus = "error";

    /// <summary>The Exercism results format version written.</summary>
    public const int FormatVersion = 3;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The results document of one graded submission.</summary>
    /// <param name="report">The submission's grading report.</param>
    /// <param name="testCode">The source of a test (its <c>test_code</c>); null leaves the field empty.</param>
    public static string Serialize(GradingReport report, Func<TestResult, string?>? testCode = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tests = report.Labs.SelectMany(lab =>
            {
                var scores = TestScores.Of(lab);
                return lab.Tests
                    .Select((t, i) => (Test: t, Score: scores[i]))
                    .Where(s => s.Test.Outcome != TestOutcome.Skipped && !s.Test.IsHidden)
                    .Select(s => Test(lab, s.Test, s.Score, testCode?.Invoke(s.Test)))
                    .Concat(HiddenSummary(lab));
            })
            .ToArray();

        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["version"] = FormatVersion,
            ["status"] = StatusOf(report),
            ["message"] = MessageOf(report),
            ["max_score"] = report.MaxPoints,
            ["score"] = report.Labs.Sum(lab => TestScores.Exact(lab.Points)),
            ["tests"] = tests,
        }, Options);
    }

    /// <summary>Writes the document to <paramref name="path"/> atomically.</summary>
    public static void Write(GradingReport report, string path, Func<TestResult, string?>? testCode = null) =>
        AtomicFile.WriteAllText(path, ReportCaps.Fit(report, capped => Serialize(capped, testCode)) + "\n");

    /// <summary>
    /// <c>error</c> when no lab ran a single test (nothing compiled), <c>pass</c> when every scored test
    /// passed, <c>fail</c> otherwise. Extension tests never make a submission fail.
    /// </summary>
    public static string StatusOf(GradingReport report)
    {
        if (report.Labs.Count > 0 && report.Labs.All(lab => lab.Status is LabStatus.BuildFailed or LabStatus.RunFailed))
            return "error";
        return report.Labs.All(lab => lab.Status == LabStatus.Passed) ? "pass" : "fail";
    }

    private static string? MessageOf(GradingReport report)
    {
        var problems = report.Labs
            .Where(lab => lab.Problems.Count > 0)
            .Select(lab => $"{lab.Id} {(lab.Status == LabStatus.BuildFailed ? "did not build" : "did not run")}: {string.Join("\n", lab.Problems)}")
            .ToArray();
        return problems.Length == 0 ? null : string.Join("\n\n", problems);
    }

    private static Dictionary<string, object?> Test(LabResult lab, TestResult test, decimal score, string? code)
    {
        return new Dictionary<string, object?>
        {
            ["name"] = $"{lab.Id} {ReportTable.ShortName(test.Name)}",
            ["status"] = test.Outcome switch
            {
                TestOutcome.Passed => "pass",
                TestOutcome.NotStarted => NotStartedStatus,
                _ => "fail",
            },
            ["score"] = score,
            ["message"] = test.Outcome == TestOutcome.Passed ? null : test.Message,
            ["test_code"] = code,
            ["task_id"] = test.TaskOrLinked,
            ["extension"] = test.IsExtension,
        };
    }

    /// <summary>
    /// The instructor's hidden tests of a lab as one entry: how many pass and the points they earned,
    /// never their names or messages.
    /// </summary>
    private static IEnumerable<Dictionary<string, object?>> HiddenSummary(LabResult lab)
    {
        if (lab.Hidden.Total == 0)
            yield break;
        yield return new Dictionary<string, object?>
        {
            ["name"] = $"{lab.Id} hidden tests",
            ["status"] = lab.Hidden.Passed == lab.Hidden.Total ? "pass" : "fail",
            ["score"] = TestScores.Exact(lab.HiddenPoints),
            ["message"] = $"{lab.Hidden.Passed} of {lab.Hidden.Total} hidden tests pass (graded by the instructor; not shown).",
            ["test_code"] = null,
            ["task_id"] = null,
            ["extension"] = false,
        };
    }

    /// <summary>The task a not-started test waits for, from the stub's <c>#task-N-…</c> link; null when unknown.</summary>
    public static int? TaskIdOf(string? message)
    {
        if (message is null)
            return null;
        var anchor = message.IndexOf("#task-", StringComparison.Ordinal);
        if (anchor < 0)
            return null;
        var digits = new string(message[(anchor + 6)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var task) ? task : null;
    }
}
