using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>
/// Turns a lab's test results into points and a verdict. A lab is worth its catalogue points, earned
/// in proportion to the tests that pass: <c>points × passed / total</c>, rounded to 0.1, where the
/// total leaves out skipped (ignored or explicit) tests and the tests of optional extension exercises
/// (category <c>Extension</c>), which are counted apart. A lab whose build or run failed earns 0.
/// </summary>
public static class Scoring
{
    /// <summary>Rounds points to one decimal, halves away from zero (7.25 → 7.3).</summary>
    public static double Round(double points) => Math.Round(points, 1, MidpointRounding.AwayFromZero);

    /// <summary>Scores a lab whose tests ran.</summary>
    public static LabResult Score(Lab lab, IReadOnlyList<TestResult> tests)
    {
        var counts = TestCounts.Of(tests.Where(t => !t.IsExtension).ToArray());
        var extensions = TestCounts.Of(tests.Where(t => t.IsExtension).ToArray());
        if (counts.Total == 0)
            return Unscored(lab, LabStatus.RunFailed, ["The test run reported no tests to grade."], tests);

        var points = Round((double)lab.Points * counts.Passed / counts.Total);
        return new LabResult(lab.Id, lab.Title, StatusOf(counts), counts, points, lab.Points, tests, [])
        {
            Extensions = extensions,
        };
    }

    /// <summary>A lab that earns nothing because its build or its test run failed.</summary>
    public static LabResult Unscored(Lab lab, LabStatus status, IReadOnlyList<string> problems, IReadOnlyList<TestResult>? tests = null) =>
        new(lab.Id, lab.Title, status, TestCounts.None, 0, lab.Points, tests ?? [], problems);

    /// <summary>The verdict for tests that ran.</summary>
    public static LabStatus StatusOf(TestCounts counts) => counts switch
    {
        { Total: 0 } => LabStatus.RunFailed,
        _ when counts.Passed == counts.Total => LabStatus.Passed,
        { Passed: > 0 } => LabStatus.Partial,
        { Failed: > 0 } => LabStatus.Failed,
        _ => LabStatus.NotStarted,
    };
}
