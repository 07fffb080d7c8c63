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

    [Test]
    public void Feedback_lists_each_finding_with_its_link()
    {
        var lab = Scoring.Score(Samples.Lab01, Samples.Tests(passed: 2)) with
        {
            Findings = [new AnalyzerFinding("RK0006", "warning", "tanh' from the pre-activation", "Lab01.TwoStepRnn/TwoStepRnn.cs", 30, "docs/analyzers/RK0006.md")],
        };

        var feedback = FeedbackWriter.Render(new GradingReport(KataTarget.Exercises, null, DateTimeOffset.UnixEpoch, [lab]), "bob");

        feedback.Should().Contain("- RK0006 (warning) in `Lab01.TwoStepRnn/TwoStepRnn.cs` line 30: tanh' from the pre-activation — see [RK0006](docs/analyzers/RK0006.md)");
    }
}
