using System.Text.RegularExpressions;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// The in-memory tests prove what the rules report; this one proves the analyzers actually load in
/// a real <c>dotnet build</c> of an exercise project, next to the banned-API analyzer, and that
/// grading (<c>-p:KataGrading=true</c>) turns a banned API into an error. It builds a copy of the
/// repository in a temp folder, so it takes a minute or two.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class RealBuildTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private const string LabProject = "exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj";

    private const string PlantedMistakes = """
        namespace RnnKata.Lab01;

        // Planted by RealBuildTests: one mistake for RK0002, one for RS0030.
        internal static class PlantedMistakes
        {
            internal static int Roll() => new Random().Next();

            internal static string Read() => System.IO.File.ReadAllText("x");
        }
        """;

    [Test]
    [Category("RealBuild")]
    [CancelAfter(25 * 60 * 1000)]
    public async Task Dotnet_build_of_lab_01_reports_RK0002_and_RS0030_as_warnings_and_grading_makes_RS0030_an_error(
        CancellationToken cancellationToken)
    {
        using var sandbox = KataSandbox.CopyOf(RepoRoot.Find());
        sandbox.Plant("exercises/Lab01.TwoStepRnn/PlantedMistakes.cs", PlantedMistakes);
        var project = sandbox.PathOf(LabProject);
        // RK0001 is Info, which the console never shows: the SARIF log proves it ran.
        var sarif = sandbox.PathOf("lab01.sarif");

        var practice = await DotnetCli.RunAsync(sandbox.Root,
            ["build", project, "--disable-build-servers", $"-p:ErrorLog={sarif}"], BuildTimeout, cancellationToken);

        practice.ExitCode.Should().Be(0, "while practising, analyzer findings are warnings and the build succeeds. {0}", practice);
        practice.Output.Should().Contain("warning RK0002", "the kata's analyzer must load in a real build. {0}", practice);
        practice.Output.Should().Contain("warning RS0030", "the banned-API analyzer must load in a real build. {0}", practice);
        practice.Output.Should().NotContain("error RK0001", "unfinished stubs must not break the build. {0}", practice);
        File.Exists(sarif).Should().BeTrue("the build was asked to write {0}. {1}", sarif, practice);
        File.ReadAllText(sarif).Should().MatchRegex(new Regex("\"ruleId\"\\s*:\\s*\"RK0001\""),
            "the lab's stubs still throw NotImplementedException, so RK0001 must report them. {0}", practice);

        var grading = await DotnetCli.RunAsync(sandbox.Root,
            ["build", project, "--disable-build-servers", "--no-incremental", "-p:KataGrading=true"], BuildTimeout, cancellationToken);

        grading.ExitCode.Should().NotBe(0, "when grading, a banned API fails the build. {0}", grading);
        grading.Output.Should().Contain("error RS0030", "grading turns RS0030 into an error. {0}", grading);
        grading.Output.Should().NotContain("error RK0001", "unfinished stubs must not fail grading by themselves. {0}", grading);
        grading.Output.Should().Contain("warning RK0002", "grading leaves RK0002 a warning. {0}", grading);
    }
}
