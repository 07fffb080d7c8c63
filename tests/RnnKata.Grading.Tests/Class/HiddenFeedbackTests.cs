using RnnKata.Grading.Exports;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Class;

/// <summary>Students never learn hidden tests' names or messages, and never read "all pass" while one fails.</summary>
[Category("Grading")]
public class HiddenFeedbackTests
{
    private static GradingReport ReportWithFailingHiddenTest()
    {
        var tests = Samples.Tests(passed: 3).Append(
            new TestResult("RnnKata.Lab01.Tests.Hidden.SecretTests.Secret_edge_case", TestOutcome.Failed, "Secret expectation 42") { IsHidden = true });
        return new GradingReport(KataTarget.Exercises, null, DateTimeOffset.UnixEpoch, [Scoring.Score(Samples.Lab01, tests.ToArray())]);
    }

    [Test]
    public void Feedback_counts_visible_tests_and_says_hidden_ones_are_graded_separately()
    {
        var feedback = FeedbackWriter.Render(ReportWithFailingHiddenTest(), "alice");

        feedback.Should().Contain("3 of 3 visible tests pass. Hidden tests are graded separately.");
        feedback.Should().Contain("**Visible tests: 7.5 / 7.5 points.** Hidden tests are graded separately by your instructor (up to 2.5 more points).");
        feedback.Should().NotContain("Every graded test passes");
        feedback.Should().NotContain("Secret");
    }

    [Test]
    public void Results_json_sums_hidden_tests_into_one_entry_without_names_or_messages()
    {
        var json = StudentResultsWriter.Serialize(ReportWithFailingHiddenTest());

        json.Should().NotContain("Secret");
        json.Should().Contain("\"name\": \"Lab01 hidden tests\"");
        json.Should().Contain("0 of 1 hidden tests pass");
        json.Should().Contain("\"score\": 7.5");
    }

    [Test]
    public void JUnit_names_hidden_tests_by_number_only()
    {
        var xml = JUnitReportWriter.Build(ReportWithFailingHiddenTest(), "alice").ToString();

        xml.Should().NotContain("Secret");
        xml.Should().Contain("name=\"hidden test 4\"");
        xml.Should().Contain("A hidden test failed.");
    }

    [Test]
    public void The_instructors_JSON_report_keeps_the_hidden_tests_and_their_points()
    {
        var json = JsonReportWriter.Serialize(ReportWithFailingHiddenTest());

        json.Should().Contain("Secret_edge_case");
        json.Should().Contain("\"hidden\": true");
        json.Should().Contain("\"hiddenPoints\": 0");
    }
}
