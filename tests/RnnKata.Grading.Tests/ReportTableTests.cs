using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

[Category("Grading")]
public class ReportTableTests
{
    private static string[] Lines(GradingReport report) => ReportTable.Render(report).Split('\n');

    [TestCase(7.5, 10, "7.5 / 10")]
    [TestCase(10.0, 10, "10 / 10")]
    [TestCase(0.0, 20, "0 / 20")]
    [TestCase(3.3, 10, "3.3 / 10")]
    public void Points_read_as_earned_over_possible(double points, int max, string expected) =>
        ReportTable.FormatPoints(points, max).Should().Be(expected);

    [Test]
    public void Table_has_the_columns_in_order_then_one_row_per_lab_then_the_total()
    {
        var lines = Lines(Samples.TwoLabReport());

        lines[0].Should().MatchRegex(@"^Lab\s+Title\s+Passed\s+Failed\s+Not started\s+Points$");
        lines[2].Should().MatchRegex(@"^Lab01\s+Manual two-step RNN\s+6\s+1\s+1\s+7\.5 / 10$");
        lines[3].Should().MatchRegex(@"^Lab02\s+Backpropagation through time\s+-\s+-\s+-\s+0 / 20$");
        lines[5].Should().MatchRegex(@"^Total\s+6\s+1\s+1\s+7\.5 / 30$");
    }

    [Test]
    public void Columns_line_up()
    {
        var lines = Lines(Samples.TwoLabReport()).Take(6).ToArray();

        lines.Select(l => l.Length).Distinct().Should().ContainSingle("every row of the table is padded to the same width");
        lines.Select(l => l.IndexOf("Manual", StringComparison.Ordinal)).Where(i => i >= 0).Should().Equal(lines[0].IndexOf("Title", StringComparison.Ordinal));
    }

    [Test]
    public void Lab_that_did_not_build_is_followed_by_its_compiler_errors()
    {
        var text = ReportTable.Render(Samples.TwoLabReport());

        text.Should().Contain("Lab02: build failed:\n  exercises/Lab02.Bptt/Bptt.cs(12,5): error CS1002: ; expected");
    }

    [Test]
    public void Failing_tests_are_listed_by_short_name_with_the_first_line_of_their_message()
    {
        var text = ReportTable.Render(Samples.TwoLabReport());

        text.Should().Contain("Lab01: failing tests:\n  StepTests.Failing_1: Expected Y0[0,1] to be 0.5 ± 1e-12, but found 0.7.\n");
        text.Should().NotContain("Stub_1", "not-started tests are counted, not listed");
    }

    [Test]
    public void Long_failure_lists_are_cut_with_a_pointer_to_the_json_report()
    {
        var report = Samples.TwoLabReport() with
        {
            Labs = [Scoring.Score(Samples.Lab01, Samples.Tests(passed: 1, failed: ReportTable.MaxFailuresListed + 3))],
        };

        var text = ReportTable.Render(report);

        text.Should().Contain("… and 3 more (write the report with --json to see all).");
        text.Should().Contain($"Failing_{ReportTable.MaxFailuresListed}:").And.NotContain($"Failing_{ReportTable.MaxFailuresListed + 1}:");
    }

    [TestCase("RnnKata.Lab01.Tests.FirstStepTests.Output_is_tanh(1.0d)", "FirstStepTests.Output_is_tanh(1.0d)")]
    [TestCase("RnnKata.Lab01.Tests.FirstStepTests.Rejects(\"a.b\")", "FirstStepTests.Rejects(\"a.b\")")]
    [TestCase("Fixture.Test", "Fixture.Test")]
    public void Short_name_drops_the_namespace_but_not_the_arguments(string fullName, string expected) =>
        ReportTable.ShortName(fullName).Should().Be(expected);

    [Test]
    public void Progress_line_says_what_happened_to_the_lab()
    {
        var report = Samples.TwoLabReport();

        ReportTable.Describe(report.Labs[0]).Should().Be("6 passed, 1 failed, 1 not started (7.5 / 10)");
        ReportTable.Describe(report.Labs[1]).Should().Be("build failed (0 / 20)");
    }
}
