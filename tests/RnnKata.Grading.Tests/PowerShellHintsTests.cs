using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

[Category("Grading")]
public class PowerShellHintsTests
{
    [TestCase("unchanged, kept; --force re-grades", "unchanged, kept; -Force re-grades")]
    [TestCase("add --submissions DIR.", "add -Submissions DIR.")]
    [TestCase("--submission-budget and --sandbox", "-SubmissionBudget and -Sandbox")]
    [TestCase("--results-json, --feedback and --junit are for one --submission", "-ResultsJson, -Feedback and -JUnit are for one -Submission")]
    [TestCase("Run with --help to see the options.", "Run with -? to see the options.")]
    [TestCase("dotnet run --project tests/RnnKata.Kata -- watch --lab Lab01", "dotnet run --project tests/RnnKata.Kata -- watch --lab Lab01")]
    [TestCase("a--force and --forced stay", "a--force and --forced stay")]
    public void Grader_options_become_the_script_s_parameters(string hint, string expected) =>
        PowerShellHints.Rewrite(hint).Should().Be(expected);

    [Test]
    public void Under_PowerShell_the_grader_s_errors_name_the_script_s_parameters()
    {
        using var kata = new TempFolder();
        kata.Write("RnnKata.sln", "");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new GradingEnvironment([kata.Path], [Samples.Lab01], DotnetCli.Locate()) { PowerShellFront = true };

        GradingApp.Run(["--force"], output, error, environment).Should().Be(GradingApp.ExitUsage);

        error.ToString().Should().Contain("-Force").And.Contain("add -Submissions DIR").And.NotContain("--");
    }
}
