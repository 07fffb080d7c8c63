namespace RnnKata.Grading.Tests;

/// <summary>What the grader makes of dotnet's output when a build or a test run goes wrong.</summary>
[Category("Grading")]
public class BuildAndRunOutputTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "kata");

    private static string InKata(string relative) => Path.Combine(Root, relative);

    [Test]
    public void Compiler_errors_are_listed_once_relative_to_the_kata_without_the_project_suffix()
    {
        string[] output =
        [
            "  Determining projects to restore...",
            $"{InKata("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs")}(3,9): error CS1002: ; expected [{InKata("exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj")}]",
            $"{InKata("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs")}(7,1): warning CS0168: The variable 'x' is declared but never used [{InKata("exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj")}]",
            $"{InKata("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs")}(3,9): error CS1002: ; expected [{InKata("exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj")}]",
        ];

        BuildRunner.ErrorsIn(output, Root).Should().Equal(
            Path.Combine("exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs") + "(3,9): error CS1002: ; expected");
    }

    [Test]
    public void Only_the_first_errors_are_kept()
    {
        var output = Enumerable.Range(1, 20).Select(i => $"{InKata("a.cs")}({i},1): error CS0103: The name 'y{i}' does not exist");

        BuildRunner.ErrorsIn(output, Root).Should().HaveCount(BuildRunner.MaxErrors)
            .And.StartWith("a.cs(1,1): error CS0103: The name 'y1' does not exist");
    }

    [Test]
    public void Banned_api_error_keeps_its_explanation()
    {
        string[] output = [$"{InKata("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs")}(28,35): error RS0030: The symbol 'File' is banned in this project: no files. [x.csproj]"];

        BuildRunner.ErrorsIn(output, Root).Single().Should().EndWith("error RS0030: The symbol 'File' is banned in this project: no files.");
    }

    [Test]
    public void Crashed_test_host_is_reported_with_vstests_reason()
    {
        var result = new ProcessResult(1,
        [
            "Starting test execution, please wait...",
            "The active test run was aborted. Reason: Test host process crashed : Stack overflow.",
            "   at RnnKata.Lab01.TwoStepRnn.FirstStep(...)",
            "Test Run Aborted.",
        ], TimedOut: false);

        TestRunner.WhyNoResults(result).Should()
            .Be("The test run produced no results. The active test run was aborted. Reason: Test host process crashed : Stack overflow.");
    }

    [Test]
    public void Run_without_results_for_another_reason_quotes_the_last_lines()
    {
        var result = new ProcessResult(1, ["a", "", "The test source file 'x.dll' was not found.", "  "], TimedOut: false);

        TestRunner.WhyNoResults(result).Should().Be(
            "The test run produced no results (dotnet test exit code 1): a | The test source file 'x.dll' was not found.");
    }
}
