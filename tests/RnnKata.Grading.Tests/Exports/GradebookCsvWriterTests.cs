using RnnKata.Grading.Exports;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Exports;

[Category("Grading")]
public class GradebookCsvWriterTests
{
    private static readonly RnnKata.Catalogue.Lab[] Labs = [Samples.Lab01, Samples.Lab02];

    [Test]
    public void One_row_per_student_sorted_by_name_with_points_per_lab_total_and_max()
    {
        var csv = GradebookCsvWriter.Render(Labs,
        [
            new StudentGrade("bob", Samples.TwoLabReport()),
            new StudentGrade("alice", new GradingReport(KataTarget.Exercises, "alice", DateTimeOffset.UnixEpoch,
                [Scoring.Score(Samples.Lab01, Samples.Tests(passed: 8)), Scoring.Score(Samples.Lab02, Samples.Tests(passed: 1, failed: 1))])),
        ]);

        csv.Split("\r\n").Should().Equal(
            "student,student_id,lms_id,Lab01,Lab02,total,max,note",
            "alice,,,10,10,20,30,",
            "bob,,,7.5,0,7.5,30,Lab02 build failed",
            "");
    }

    [Test]
    public void Submission_that_could_not_be_graded_scores_zero_with_the_reason() =>
        GradebookCsvWriter.Render(Labs, [new StudentGrade("carol", null, "the zip file is corrupt")])
            .Should().Contain("carol,,,0,0,0,30,not graded: the zip file is corrupt\r\n");

    [TestCase("plain", "plain")]
    [TestCase("Doe, Jane", "\"Doe, Jane\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("-2.5", "-2.5")]
    public void Cells_are_quoted_and_formulas_defused(string value, string expected) =>
        GradebookCsvWriter.Cell(value).Should().Be(expected);
}
