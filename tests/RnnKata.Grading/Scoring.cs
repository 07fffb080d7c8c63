using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>
/// Turns a lab's test results into points and a verdict. A lab is worth its points (the catalogue's, or
/// the grading file's), earned in proportion to the weight of the tests that pass:
/// <c>points × Σ weight of passed / Σ weight of all</c>, rounded to 0.1. Every test weighs 1 unless the
/// grading file says otherwise; skipped (ignored or explicit) tests and the tests of optional extension
/// exercises (category <c>Extension</c>, counted apart) weigh nothing. A lab whose build or run failed earns 0.
/// </summary>
public static class Scoring
{
    /// <summary>Rounds points to one decimal, halves away from zero (7.25 → 7.3).</summary>
    public static double Round(double points) => Math.Round(points, 1, MidpointRounding.AwayFromZero);

    /// <summary>Scores a lab whose tests ran.</summary>
    /// <param name="lab">The lab.</param>
    /// <param name="tests">Its test results (hidden ones marked <see cref="TestResult.IsHidden"/>).</param>
    /// <param name="scheme">Points and weights; null: the catalogue's points, every test weighing 1.</param>
    public static LabResult Score(Lab lab, IReadOnlyList<TestResult> tests, LabScheme? scheme = null)
    {
        scheme ??= new LabScheme(lab.Points, []);
        var weighed = tests
            .Select(t => t with { Weight = t.IsExtension || t.Outcome == TestOutcome.Skipped ? 0 : scheme.WeightOf(t.Name) })
            .ToArray();
        var scored = weighed.Where(t => !t.IsExtension).ToArray();
        var counts = TestCounts.Of(scored);
        if (counts.Total == 0)
            return Unscored(lab, LabStatus.RunFailed, ["The test run reported no tests to grade."], weighed, scheme);

        var totalWeight = scored.Sum(t => t.Weight);
        double Share(IEnumerable<TestResult> passed) =>
            totalWeight == 0 ? 0 : scheme.Points * passed.Where(t => t.Outcome == TestOutcome.Passed).Sum(t => t.Weight) / totalWeight;

        return new LabResult(lab.Id, lab.Title, StatusOf(counts), counts, Round(Share(scored)), scheme.Points, weighed, [])
        {
            Extensions = TestCounts.Of(weighed.Where(t => t.IsExtension).ToArray()),
            Hidden = TestCounts.Of(scored.Where(t => t.IsHidden).ToArray()),
            HiddenPoints = Round(Share(scored.Where(t => t.IsHidden))),
        };
    }

    /// <summary>A lab that earns nothing because its build or its test run failed.</summary>
    public static LabResult Unscored(
        Lab lab, LabStatus status, IReadOnlyList<string> problems, IReadOnlyList<TestResult>? tests = null, LabScheme? scheme = null) =>
        new(lab.Id, lab.Title, status, TestCounts.None, 0, scheme?.Points ?? lab.Points, tests ?? [], problems);

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
