using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Scheme;

[Category("Grading")]
public class WeightedScoringTests
{
    private static readonly LabScheme Weighted = new(10, [new WeightRule("StepTests.Passing_1", 3), new WeightRule("*Failing*", 0.5)]);

    [Test]
    public void Points_follow_the_weights_of_the_passing_tests()
    {
        // Passing_1 weighs 3, Passing_2 weighs 1, Failing_1 weighs 0.5: 10 × 4 / 4.5 = 8.9.
        var result = Scoring.Score(Samples.Lab01, Samples.Tests(passed: 2, failed: 1), Weighted);

        result.Points.Should().Be(8.9);
        result.Tests.Single(t => t.Name.EndsWith("Passing_1", StringComparison.Ordinal)).Weight.Should().Be(3);
        result.Tests.Single(t => t.Name.EndsWith("Failing_1", StringComparison.Ordinal)).Weight.Should().Be(0.5);
    }

    [Test]
    public void The_grading_file_points_replace_the_catalogue_points()
    {
        var result = Scoring.Score(Samples.Lab01, Samples.Tests(passed: 1, failed: 1), new LabScheme(30, []));

        result.MaxPoints.Should().Be(30);
        result.Points.Should().Be(15);
    }

    [Test]
    public void Skipped_and_extension_tests_weigh_nothing()
    {
        var tests = Samples.Tests(passed: 1, failed: 1, skipped: 2)
            .Append(new TestResult("RnnKata.Lab01.Tests.ExtraTests.Deep", TestOutcome.Failed, "no", IsExtension: true)).ToArray();

        var result = Scoring.Score(Samples.Lab01, tests, new LabScheme(10, [new WeightRule("*", 2)]));

        result.Points.Should().Be(5);
        result.Tests.Where(t => t.Outcome == TestOutcome.Skipped || t.IsExtension).Should().OnlyContain(t => t.Weight == 0);
    }

    [Test]
    public void Hidden_tests_count_towards_the_points_and_their_share_is_reported()
    {
        var tests = Samples.Tests(passed: 3, failed: 1)
            .Select(t => t.Name.EndsWith("Passing_3", StringComparison.Ordinal) || t.Outcome == TestOutcome.Failed ? t with { IsHidden = true } : t)
            .ToArray();

        var result = Scoring.Score(Samples.Lab01, tests);

        result.Points.Should().Be(7.5);
        result.HiddenPoints.Should().Be(2.5);
        result.Hidden.Should().Be(new TestCounts(1, 1, 0, 0));
        result.Visible.Should().Be(new TestCounts(2, 0, 0, 0));
    }

    [TestCase("StepTests.Passing_*", "RnnKata.Lab01.Tests.StepTests.Passing_12", true)]
    [TestCase("*Passing_1", "RnnKata.Lab01.Tests.StepTests.Passing_1", true)]
    [TestCase("*Passing_1", "RnnKata.Lab01.Tests.StepTests.Passing_12", false)]
    [TestCase("RnnKata.Lab01.Tests.StepTests.*", "RnnKata.Lab01.Tests.StepTests.Passing_1", true)]
    [TestCase("StepTests.*", "RnnKata.Lab01.Tests.OtherTests.Passing_1", false)]
    [TestCase("*", "anything", true)]
    [TestCase("a*b*c", "a-x-b-y-c", true)]
    [TestCase("a*b*c", "a-x-c-y-b", false)]
    public void A_weight_rule_matches_the_full_or_the_short_name(string pattern, string name, bool matches) =>
        new WeightRule(pattern, 1).Matches(name).Should().Be(matches);
}
