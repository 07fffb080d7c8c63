namespace RnnKata.Grading.Exports;

/// <summary>
/// The points of a lab shared out among its passing visible tests, in thousandths of a point, so that the
/// per-test scores of <c>results.json</c> add up to the lab's points exactly (largest remainder: every test gets
/// the whole thousandths of its weighted share, and the thousandths left go to the largest remainders, the first
/// test first on a tie). Failing, not-started, extension and hidden tests score 0; hidden tests' points are
/// reported as one entry of their own.
/// </summary>
public static class TestScores
{
    private const int UnitsPerPoint = 1000;

    /// <summary>The points the lab's visible tests earned (its points less the hidden tests' part), exactly.</summary>
    public static decimal VisiblePoints(LabResult lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        return Math.Max(0m, Exact(lab.Points) - Exact(lab.HiddenPoints));
    }

    /// <summary>A report's points as a decimal (rounded to 0.1, as the grader rounds them), with no binary fraction.</summary>
    public static decimal Exact(double points) => Math.Round((decimal)points, 1, MidpointRounding.AwayFromZero);

    /// <summary>The score of each of <paramref name="lab"/>'s tests, in the order of <see cref="LabResult.Tests"/>.</summary>
    public static decimal[] Of(LabResult lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        var scores = new decimal[lab.Tests.Count];
        var earning = Enumerable.Range(0, lab.Tests.Count)
            .Where(i => lab.Tests[i] is { Outcome: TestOutcome.Passed, IsExtension: false, IsHidden: false, Weight: > 0 })
            .ToArray();
        var units = (long)(VisiblePoints(lab) * UnitsPerPoint);
        if (earning.Length == 0 || units == 0)
            return scores;

        var totalWeight = earning.Sum(i => (decimal)lab.Tests[i].Weight);
        var exact = earning.Select(i => units * (decimal)lab.Tests[i].Weight / totalWeight).ToArray();
        var whole = exact.Select(decimal.Floor).ToArray();
        var left = units - (long)whole.Sum();
        foreach (var k in Enumerable.Range(0, earning.Length).OrderByDescending(k => exact[k] - whole[k]).ThenBy(k => k).Take((int)left))
            whole[k]++;
        for (var k = 0; k < earning.Length; k++)
            scores[earning[k]] = whole[k] / UnitsPerPoint;
        return scores;
    }
}
