using System.Xml.Linq;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

[Category("Grading")]
public class NUnitXmlReaderTests
{
    private static IReadOnlyList<TestResult> Mixed => NUnitXmlReader.ReadFile(Samples.TestData("mixed-results.xml"));

    private static TestResult Case(string shortName) =>
        Mixed.Single(t => t.Name.EndsWith("." + shortName, StringComparison.Ordinal));

    [Test]
    public void Every_test_case_is_read_once_with_its_full_name()
    {
        Mixed.Should().HaveCount(12);
        Mixed.Select(t => t.Name).Should().OnlyHaveUniqueItems()
            .And.Contain("RnnKata.Lab01.Tests.FirstStepTests.Output_is_tanh_of_the_sum(1.0d)");
    }

    [TestCase("Rejects_nan", TestOutcome.Passed)]
    [TestCase("Output_is_tanh_of_the_sum(0.0d)", TestOutcome.Passed)]
    [TestCase("Output_has_one_row_per_instance", TestOutcome.Failed)]      // assertion
    [TestCase("Throws_on_wrong_shape", TestOutcome.Failed)]                // exception (label Error)
    [TestCase("Bias_is_added_to_every_row", TestOutcome.NotStarted)]       // inconclusive "Not started:"
    [TestCase("Runs_only_on_big_machines", TestOutcome.Failed)]            // inconclusive for another reason
    [TestCase("Warns_about_precision", TestOutcome.Failed)]                // warning: not a clean pass
    [TestCase("Plot_is_pretty", TestOutcome.Skipped)]                      // ignored
    [TestCase("Slow_exploration", TestOutcome.Skipped)]                    // explicit
    [TestCase("Has_own_message", TestOutcome.Failed)]                      // OneTimeSetUp failed
    public void Result_maps_to_the_outcome_the_grader_counts(string test, TestOutcome expected) =>
        Case(test).Outcome.Should().Be(expected);

    [Test]
    public void Failure_message_is_kept_whole_and_trimmed() =>
        Case("Output_has_one_row_per_instance").Message.Should()
            .StartWith("Y0 should be 4 × 5 <batch × neurons> — see docs/01-two-step-rnn.md")
            .And.EndWith("But was:  3");

    [Test]
    public void Not_started_keeps_the_stub_message_that_names_the_chapter() =>
        Case("Bias_is_added_to_every_row").Message.Should()
            .Be("Not started: Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md#task-1-the-first-step");

    [Test]
    public void Inconclusive_or_warning_for_another_reason_says_so_in_the_message()
    {
        Case("Runs_only_on_big_machines").Message.Should().Be("Inconclusive: Assumption failed: fewer than 8 cores");
        Case("Warns_about_precision").Message.Should().Be("Warning: careful: float32");
    }

    [Test]
    public void Skipped_test_gives_the_ignore_reason_or_its_label()
    {
        Case("Plot_is_pretty").Message.Should().Be("Waiting for the plotting chapter");
        Case("Slow_exploration").Message.Should().Be("Explicit");
    }

    [Test]
    public void Test_failed_by_its_fixture_without_a_message_of_its_own_takes_the_fixtures() =>
        Case("Has_no_message").Message.Should().Be("SetUp : System.InvalidOperationException : seed batch missing");

    [Test]
    public void Passed_test_has_no_message() => Case("Rejects_nan").Message.Should().BeNull();

    [Test]
    public void Pristine_lab_reads_as_every_test_not_started() =>
        NUnitXmlReader.ReadFile(Samples.TestData("all-not-started.xml"))
            .Should().HaveCount(3).And.OnlyContain(t => t.Outcome == TestOutcome.NotStarted);

    [Test]
    public void Trx_file_is_refused_as_not_an_nunit_result() =>
        FluentActions.Invoking(() => NUnitXmlReader.ReadFile(Samples.TestData("not-nunit.xml")))
            .Should().Throw<FormatException>().WithMessage("*NUnit 3 result*TestRun*");

    [Test]
    public void Truncated_file_is_refused_with_its_path() =>
        FluentActions.Invoking(() => NUnitXmlReader.ReadFile(Samples.TestData("truncated.xml")))
            .Should().Throw<FormatException>().WithMessage("*truncated.xml is not valid XML*");

    [Test]
    public void Run_without_test_cases_reads_as_no_results() =>
        NUnitXmlReader.Read(XDocument.Parse("<test-run total=\"0\"><test-suite type=\"Assembly\" /></test-run>"))
            .Should().BeEmpty();
}

[Category("Grading")]
public class NUnitXmlReaderExtensionTests
{
    private static IReadOnlyList<TestResult> Results => NUnitXmlReader.ReadFile(Samples.TestData("with-extensions.xml"));

    private static TestResult Case(string shortName) =>
        Results.Single(t => t.Name.EndsWith("." + shortName, StringComparison.Ordinal));

    [TestCase("Zero_weights_give_the_bias", false)]                 // only the lab's assembly-wide category
    [TestCase("Deep_output_adds_a_layer", true)]                    // Extension on the test case
    [TestCase("Gradient_matches_finite_differences", true)]         // Extension on the fixture
    [TestCase("Zero_transition_is_elman", true)]
    public void Test_in_the_extension_category_is_marked_as_an_extension(string test, bool expected) =>
        Case(test).IsExtension.Should().Be(expected);

    [Test]
    public void Extension_test_keeps_its_outcome_and_message()
    {
        Case("Deep_output_adds_a_layer").Outcome.Should().Be(TestOutcome.NotStarted);
        Case("Gradient_matches_finite_differences").Should().BeEquivalentTo(
            new { Outcome = TestOutcome.Failed, Message = "dW_transition differs from finite differences by 0.4" });
    }

    [Test]
    public void Extensions_are_reported_apart_and_do_not_change_the_points()
    {
        var result = Scoring.Score(Samples.Lab02, Results);

        result.Counts.Should().Be(new TestCounts(Passed: 1, Failed: 0, NotStarted: 0, Skipped: 0));
        result.Extensions.Should().Be(new TestCounts(Passed: 1, Failed: 1, NotStarted: 1, Skipped: 0));
        result.Status.Should().Be(LabStatus.Passed, "every scored test passed; extensions are optional");
        result.Points.Should().Be(20);
    }

    [Test]
    public void Table_shows_extensions_in_their_own_column_and_marks_their_failures()
    {
        var report = new GradingReport(KataTarget.Exercises, null, DateTimeOffset.UnixEpoch, [Scoring.Score(Samples.Lab02, Results)]);
        var text = ReportTable.Render(report);
        var lines = text.Split('\n');

        lines[0].Should().MatchRegex(@"^Lab\s+Title\s+Passed\s+Failed\s+Not started\s+Points\s+Extensions passed$");
        lines[2].Should().MatchRegex(@"^Lab02\s+Backpropagation through time\s+1\s+0\s+0\s+20 / 20\s+1 / 3$");
        text.Should().Contain("DeepTransitionTests.Gradient_matches_finite_differences (extension, not scored): dW_transition differs")
            .And.Contain("Extensions are optional exercises: they are reported, not scored.");
    }

    [Test]
    public void Table_of_labs_without_extensions_has_no_extensions_column() =>
        ReportTable.Render(Samples.TwoLabReport()).Should().NotContain("Extensions");

    [Test]
    public void Json_report_gives_extension_counts_per_lab_and_marks_extension_tests()
    {
        var report = new GradingReport(KataTarget.Exercises, null, DateTimeOffset.UnixEpoch, [Scoring.Score(Samples.Lab02, Results)]);
        using var json = System.Text.Json.JsonDocument.Parse(JsonReportWriter.Serialize(report));
        var lab = json.RootElement.GetProperty("labs")[0];

        lab.GetProperty("extensions").GetProperty("passed").GetInt32().Should().Be(1);
        lab.GetProperty("extensions").GetProperty("total").GetInt32().Should().Be(3);
        lab.GetProperty("total").GetInt32().Should().Be(1);
        lab.GetProperty("tests").EnumerateArray()
            .Count(t => t.GetProperty("extension").GetBoolean()).Should().Be(3);
    }
}
