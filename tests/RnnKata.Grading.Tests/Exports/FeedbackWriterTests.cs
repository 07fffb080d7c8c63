using RnnKata.Grading.Exports;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Exports;

[Category("Grading")]
public class FeedbackWriterTests
{
    private static string Feedback => FeedbackWriter.Render(Samples.TwoLabReport(), "alice");

    [Test]
    public void Feedback_opens_with_the_total_and_a_table_of_labs()
    {
        var lines = Feedback.Split('\n');

        lines[0].Should().Be("# RnnKata feedback: alice");
        Feedback.Should().Contain("**Total: 7.5 / 30 points.**")
            .And.Contain("| Lab01 | Manual two-step RNN | 6 | 1 | 1 | 7.5 / 10 |")
            .And.Contain("| Lab02 | Backpropagation through time | – | – | – | 0 / 20 |");
    }

    [Test]
    public void Each_failing_test_is_listed_with_its_message_as_a_code_block() =>
        Feedback.Should().Contain("- `StepTests.Failing_1`:\n\n  ```text\n  Expected Y0[0,1] to be 0.5 ± 1e-12, but found 0.7.\n  see docs/01-two-step-rnn.md\n  ```\n");

    [Test]
    public void Tasks_not_started_are_listed_once_with_the_section_to_read() =>
        Feedback.Should().Contain("Not started yet:\n\n- Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md\n");

    [Test]
    public void Lab_that_did_not_build_shows_the_compiler_errors() =>
        Feedback.Should().Contain("The lab did not build, so it scores 0.")
            .And.Contain("```text\nexercises/Lab02.Bptt/Bptt.cs(12,5): error CS1002: ; expected\n```");
}
