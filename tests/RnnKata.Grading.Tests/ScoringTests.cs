using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

[Category("Grading")]
public class ScoringTests
{
    //        passed failed notStarted skipped  points of a 10-point lab
    [TestCase(8,     0,     0,         0,       10.0)]
    [TestCase(6,     1,     1,         0,       7.5)]
    [TestCase(1,     2,     0,         0,       3.3)]      // 3.333… rounds down
    [TestCase(2,     1,     0,         0,       6.7)]      // 6.666… rounds up
    [TestCase(1,     7,     0,         0,       1.3)]      // 1.25 rounds half away from zero
    [TestCase(0,     0,     12,        0,       0.0)]
    [TestCase(3,     0,     1,         5,       7.5)]      // skipped tests do not count
    public void Lab_earns_its_points_in_proportion_to_passing_tests(int passed, int failed, int notStarted, int skipped, double expected)
    {
        var result = Scoring.Score(Samples.Lab01, Samples.Tests(passed, failed, notStarted, skipped));

        result.Points.Should().Be(expected);
        result.MaxPoints.Should().Be(10);
        result.Counts.Should().Be(new TestCounts(passed, failed, notStarted, skipped));
    }

    [TestCase(5, 0, 0, LabStatus.Passed)]
    [TestCase(4, 1, 0, LabStatus.Partial)]
    [TestCase(4, 0, 1, LabStatus.Partial)]
    [TestCase(0, 1, 4, LabStatus.Failed)]
    [TestCase(0, 0, 5, LabStatus.NotStarted)]
    public void Verdict_follows_the_counts(int passed, int failed, int notStarted, LabStatus expected) =>
        Scoring.Score(Samples.Lab01, Samples.Tests(passed, failed, notStarted)).Status.Should().Be(expected);

    [Test]
    public void Run_with_only_skipped_tests_is_a_failed_run_worth_nothing()
    {
        var result = Scoring.Score(Samples.Lab01, Samples.Tests(passed: 0, skipped: 3));

        result.Status.Should().Be(LabStatus.RunFailed);
        result.Points.Should().Be(0);
        result.Problems.Should().ContainSingle().Which.Should().Contain("no tests");
    }

    [Test]
    public void Lab_that_did_not_build_earns_nothing_and_keeps_its_errors()
    {
        var result = Scoring.Unscored(Samples.Lab02, LabStatus.BuildFailed, ["Bptt.cs(1,1): error CS1002: ; expected"]);

        result.Should().BeEquivalentTo(new
        {
            Id = "Lab02",
            Status = LabStatus.BuildFailed,
            Points = 0.0,
            MaxPoints = 20,
            Counts = TestCounts.None,
            Problems = new[] { "Bptt.cs(1,1): error CS1002: ; expected" },
        });
    }

    [Test]
    public void Report_adds_up_points_and_counts_of_all_labs()
    {
        var report = Samples.TwoLabReport();

        report.Points.Should().Be(7.5);
        report.MaxPoints.Should().Be(30);
        report.Counts.Should().Be(new TestCounts(6, 1, 1, 0));
    }
}
