namespace RnnKata.Grading.Tests;

[Category("Grading")]
public class ClassOptionsParserTests
{
    [Test]
    public void Class_options_are_read_as_typed()
    {
        var options = OptionsParser.Parse(
            ["--submissions", "lms", "--out", "grades", "--hidden-tests", "hidden", "--grading-file", "g.json", "--force",
             "--parallel", "3", "--lab-timeout", "30", "--submission-budget", "200", "--sandbox", "Required"]);

        options.Should().BeEquivalentTo(new
        {
            Submissions = "lms", OutputFolder = "grades", HiddenTests = "hidden", GradingFile = "g.json", Force = true,
            Parallel = 3, LabTimeoutSeconds = 30, SubmissionBudgetSeconds = 200, Sandbox = (RnnKata.Grading.FastPath.SandboxMode?)RnnKata.Grading.FastPath.SandboxMode.Required,
        });
    }

    [Test]
    public void One_submission_reports_are_read_as_typed()
    {
        var options = OptionsParser.Parse(["--results-json", "r.json", "--feedback", "f.md", "--junit", "j.xml"]);

        options.Should().BeEquivalentTo(new { ResultsJsonPath = "r.json", FeedbackPath = "f.md", JUnitPath = "j.xml" });
    }

    [TestCase(new[] { "--submission", "a", "--submissions", "b" }, "either --submission (one student) or --submissions (a class)")]
    [TestCase(new[] { "--force" }, "are for grading a class: add --submissions DIR")]
    [TestCase(new[] { "--out", "x" }, "are for grading a class: add --submissions DIR")]
    [TestCase(new[] { "--submissions", "b", "--feedback", "f.md" }, "a class run writes them per student under --out")]
    [TestCase(new[] { "--submissions", "b", "--parallel", "0" }, "--parallel must be a whole number from 1 to 64, not '0'")]
    [TestCase(new[] { "--submissions", "b", "--lab-timeout", "ten" }, "--lab-timeout must be a whole number")]
    [TestCase(new[] { "--submissions", "b", "--sandbox", "maybe" }, "--sandbox must be 'auto', 'required' or 'off', not 'maybe'")]
    [TestCase(new[] { "--sandbox", "off" }, "--sandbox are for grading a class: add --submissions DIR")]
    public void Contradictory_or_bad_class_options_are_refused(string[] args, string expected)
    {
        var act = () => OptionsParser.Parse(args);

        act.Should().Throw<OptionsException>().Which.Message.Should().Contain(expected);
    }
}
