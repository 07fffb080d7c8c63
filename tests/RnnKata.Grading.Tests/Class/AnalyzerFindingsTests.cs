using RnnKata.Grading.Class;
using RnnKata.Grading.Exports;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Class;

[Category("Grading")]
public class AnalyzerFindingsTests
{
    [Test]
    public void A_compiler_line_becomes_a_finding_with_a_relative_file_and_its_help_link()
    {
        var line = "/tmp/work/alice/exercises/Lab02.ElmanBptt/ElmanNetwork.cs(12,9): warning RK0004: dW is overwritten in the time loop (docs/analyzers/RK0004.md)";

        var finding = AnalyzerFindings.Parse([line], "/tmp/work/alice/exercises").Single();

        finding.Should().Be(new AnalyzerFinding("RK0004", "warning", "dW is overwritten in the time loop", "Lab02.ElmanBptt/ElmanNetwork.cs", 12,
                                                "docs/analyzers/RK0004.md"));
    }

    [Test]
    public void A_line_of_another_shape_is_kept_whole()
    {
        var finding = AnalyzerFindings.Parse(["something odd"], "/x").Single();

        finding.Message.Should().Be("something odd");
        finding.Id.Should().BeEmpty();
    }

    private static LabResult WithFindings(LabResult lab, params AnalyzerFinding[] findings) => lab with { Findings = findings };

    private static readonly AnalyzerFinding Rk0006 =
        new("RK0006", "warning", "tanh' from the pre-activation", "Lab01.TwoStepRnn/TwoStepRnn.cs", 30, "docs/analyzers/RK0006.md");

    [Test]
    public void Feedback_names_each_finding_s_rule_once_as_the_link_to_its_page()
    {
        var lab = WithFindings(Scoring.Score(Samples.Lab01, Samples.Tests(passed: 2)), Rk0006);

        var feedback = FeedbackWriter.Render(new GradingReport(KataTarget.Exercises, null, DateTimeOffset.UnixEpoch, [lab]), "bob");

        feedback.Should().Contain("- [RK0006](docs/analyzers/RK0006.md) (warning) in `Lab01.TwoStepRnn/TwoStepRnn.cs` line 30: tanh' from the pre-activation\n");
        feedback.Split("RK0006").Should().HaveCount(3, "the rule is named once, as the link's text, and its page once, as the link");
    }

    [Test]
    public void Rule_links_are_relative_to_the_feedback_file_and_reach_the_kata_s_page()
    {
        using var kata = new TempFolder();
        kata.Write("docs/analyzers/RK0006.md", "# RK0006\n");
        var feedbackFile = kata.Combine("grading results", "students", "bob", "feedback.md");
        var lab = WithFindings(Scoring.Score(Samples.Lab01, Samples.Tests(passed: 2)), Rk0006);

        FeedbackWriter.Write(new GradingReport(KataTarget.Exercises, null, DateTimeOffset.UnixEpoch, [lab]), "bob", feedbackFile, kata.Path);

        var link = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(feedbackFile), @"\[RK0006\]\((?<href>[^)]+)\)").Groups["href"].Value;
        link.Should().Be("../../../docs/analyzers/RK0006.md");
        File.Exists(Path.Combine(Path.GetDirectoryName(feedbackFile)!, Uri.UnescapeDataString(link))).Should().BeTrue();
    }

    [Test]
    public void With_a_docs_url_rule_links_are_absolute_for_feedback_read_away_from_the_kata()
    {
        using var folder = new TempFolder();
        var feedbackFile = folder.Combine("runner-temp", "feedback.md");
        var options = OptionsParser.Parse(["--feedback", feedbackFile, "--docs-url", "https://github.com/school/kata-alice/blob/0123abc"]);
        var lab = WithFindings(Scoring.Score(Samples.Lab01, Samples.Tests(passed: 2)), Rk0006);

        FeedbackWriter.Write(new GradingReport(KataTarget.Exercises, null, DateTimeOffset.UnixEpoch, [lab]), "bob", feedbackFile, folder.Path, options.DocsUrl);

        File.ReadAllText(feedbackFile).Should().Contain("[RK0006](https://github.com/school/kata-alice/blob/0123abc/docs/analyzers/RK0006.md)");
    }

    [TestCase("http://example.org/kata/")]
    [TestCase("https://example.org/kata) [x](javascript:alert(1)")]
    [TestCase("https://example.org/a b/")]
    public void A_docs_url_that_is_not_a_plain_https_address_is_refused(string url)
    {
        var act = () => OptionsParser.Parse(["--docs-url", url]);

        act.Should().Throw<OptionsException>().WithMessage("*--docs-url must be an https address*");
    }

    [Test]
    public void A_link_to_a_kata_in_a_folder_with_a_space_is_escaped()
    {
        FeedbackWriter.LinkTo("/tmp/my kata", "/tmp/out/feedback.md").Should().Be("../my%20kata/");
        FeedbackWriter.LinkTo("/tmp/kata", "/tmp/kata/feedback.md").Should().BeEmpty();
    }

    [Test]
    public void After_a_failed_build_the_compiler_s_errors_are_not_listed_as_analyzer_findings()
    {
        var lab = WithFindings(
            Scoring.Unscored(Samples.Lab01, LabStatus.BuildFailed, ["exercises/Lab01.TwoStepRnn/TwoStepRnn.cs(4,5): error CS1002: ; expected"]),
            new AnalyzerFinding("CS1002", "error", "; expected", "Lab01.TwoStepRnn/TwoStepRnn.cs", 4, null),
            new AnalyzerFinding("RK0008", "error", "System.IO.File is not allowed", "Lab01.TwoStepRnn/TwoStepRnn.cs", 9, "docs/analyzers/RK0008.md"));

        var feedback = FeedbackWriter.Render(new GradingReport(KataTarget.Exercises, null, DateTimeOffset.UnixEpoch, [lab]), "bob");

        var findings = feedback[feedback.IndexOf("What the analyzer noticed", StringComparison.Ordinal)..];
        findings.Should().Contain("[RK0008](docs/analyzers/RK0008.md)").And.NotContain("CS1002");
        feedback.Split("CS1002").Should().HaveCount(2, "the compiler's error is listed once, with the build's errors");
    }
}
