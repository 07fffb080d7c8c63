using System.Text.RegularExpressions;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// The in-memory tests prove what the rules report; these prove the analyzers actually load in a
/// real <c>dotnet build</c> of an exercise project, next to the banned-API analyzer (the RNN rules
/// RK0004 to RK0007, RK0009 to RK0011 and RK0013 included, as warnings in both modes), that grading
/// (<c>-p:KataGrading=true</c>) turns a banned API into an error, and that hiding the banned API
/// from RS0030 in source still fails grading, with RK0003, and that the allowlist for graded code
/// (RK0008) is off while practising and an error when grading. Each builds a copy of the repository in
/// a temp folder, so together they take a minute or two.
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

    private const string PlantedPragma = """
        namespace RnnKata.Lab01;

        // Planted by RealBuildTests: a banned API hidden from RS0030 and RK0008 by a pragma, which RK0003
        // must catch and which cannot hide RK0008.
        internal static class PlantedPragma
        {
        #pragma warning disable RS0030, RK0008
            internal static string Read() => System.IO.File.ReadAllText("x");
        #pragma warning restore RS0030
        }
        """;

    private const string PlantedSuppressMessage = """
        using System.Diagnostics.CodeAnalysis;

        // Planted by RealBuildTests: an attribute that tries to silence RK0003 for the whole assembly,
        // then one that hides a banned API from RS0030. Neither may hide its RK0003.
        [assembly: SuppressMessage("Integrity", "RK0003")]

        namespace RnnKata.Lab01;

        internal static class PlantedSuppressMessage
        {
            [SuppressMessage("ApiDesign", "RS0030")]
            internal static string[] List() => System.IO.Directory.GetFiles(".");
        }
        """;

    // One classic mistake each, planted beside the Lab 1 exercise (Support/PlantedRnnMistakes.cs).

    [Test]
    [Category("RealBuild")]
    [CancelAfter(25 * 60 * 1000)]
    public async Task Dotnet_build_of_lab_01_reports_RK0002_RS0030_and_the_RNN_rules_as_warnings_and_grading_makes_RS0030_an_error(
        CancellationToken cancellationToken)
    {
        using var sandbox = KataSandbox.CopyOf(RepoRoot.Find());
        sandbox.Plant("exercises/Lab01.TwoStepRnn/PlantedMistakes.cs", PlantedMistakes);
        sandbox.Plant("exercises/Lab01.TwoStepRnn/PlantedRnnMistakes.cs", PlantedRnnMistakes.Source);
        var project = sandbox.PathOf(LabProject);
        // RK0001 is Info, which the console never shows: the SARIF log proves it ran.
        var sarif = sandbox.PathOf("lab01.sarif");

        var practice = await DotnetCli.RunAsync(sandbox.Root,
            ["build", project, "--disable-build-servers", $"-p:ErrorLog={sarif}"], BuildTimeout, cancellationToken);

        practice.ExitCode.Should().Be(0, "while practising, analyzer findings are warnings and the build succeeds. {0}", practice);
        practice.Output.Should().Contain("warning RK0002", "the kata's analyzer must load in a real build. {0}", practice);
        practice.Output.Should().Contain("warning RS0030", "the banned-API analyzer must load in a real build. {0}", practice);
        practice.Output.Should().NotContain("error RK0001", "unfinished stubs must not break the build. {0}", practice);
        practice.Output.Should().NotContain("RK0008", "the allowlist for graded code is off while practising. {0}", practice);
        foreach (var rule in RnnRules.Ids)
        {
            practice.Output.Should().MatchRegex(new Regex($@"PlantedRnnMistakes\.cs\(\d+,\d+\): warning {rule}"),
                "the planted RNN mistake for {0} must be reported in a real build. {1}", rule, practice);
        }
        File.Exists(sarif).Should().BeTrue("the build was asked to write {0}. {1}", sarif, practice);
        File.ReadAllText(sarif).Should().MatchRegex(new Regex("\"ruleId\"\\s*:\\s*\"RK0001\""),
            "the lab's stubs still throw NotImplementedException, so RK0001 must report them. {0}", practice);

        var grading = await DotnetCli.RunAsync(sandbox.Root,
            ["build", project, "--disable-build-servers", "--no-incremental", "-p:KataGrading=true"], BuildTimeout, cancellationToken);

        grading.ExitCode.Should().NotBe(0, "when grading, a banned API fails the build. {0}", grading);
        grading.Output.Should().Contain("error RS0030", "grading turns RS0030 into an error. {0}", grading);
        grading.Output.Should().MatchRegex(new Regex(@"PlantedMistakes\.cs\(\d+,\d+\): error RK0008: 'System\.IO\.File\.ReadAllText\(string\)'"),
            "the build passes KataGrading to the analyzer, and the allowlist denies files. {0}", grading);
        grading.Output.Should().NotMatchRegex(new Regex(@"(TwoStepRnn|PlantedRnnMistakes|AssemblyInfo|GlobalUsings\.g)\.cs\(\d+,\d+\): error RK0008"),
            "the stubs, the planted RNN code and what the SDK generates under obj/ use only allowed APIs or are not the student's. {0}", grading);
        grading.Output.Should().NotContain("error RK0001", "unfinished stubs must not fail grading by themselves. {0}", grading);
        grading.Output.Should().Contain("warning RK0002", "grading leaves RK0002 a warning. {0}", grading);
        foreach (var rule in RnnRules.Ids)
        {
            grading.Output.Should().Contain("warning " + rule, "grading leaves the RNN rules warnings. {0}", grading);
            grading.Output.Should().NotContain("error " + rule, "the RNN rules teach; they never fail a build. {0}", grading);
        }
    }

    private const string PlantedAutoGenerated = """
        // <auto-generated/>
        // Planted by RealBuildTests: a student's file that calls itself generated and disables every
        // warning. It is still the student's file, so RK0003 must report it.
        #pragma warning disable
        namespace RnnKata.Lab01;

        internal static class PlantedAutoGenerated
        {
            internal static string Read() => System.IO.File.ReadAllText("y");
        }
        """;

    private const string PlantedGeneratedRegex = """
        using System.Text.RegularExpressions;

        namespace RnnKata.Lab01;

        // Planted by RealBuildTests: legitimate code whose source generator writes a bare
        // '#pragma warning disable' into its own output, which RK0003 must leave alone.
        internal static partial class PlantedGeneratedRegex
        {
            [GeneratedRegex("[a-z]+")]
            internal static partial Regex Word();
        }
        """;

    [Test]
    [Category("RealBuild")]
    [CancelAfter(25 * 60 * 1000)]
    public async Task Grading_fails_with_RK0003_when_source_suppresses_the_banned_API_rule(CancellationToken cancellationToken)
    {
        using var sandbox = KataSandbox.CopyOf(RepoRoot.Find());
        sandbox.Plant("exercises/Lab01.TwoStepRnn/PlantedPragma.cs", PlantedPragma);
        sandbox.Plant("exercises/Lab01.TwoStepRnn/PlantedSuppressMessage.cs", PlantedSuppressMessage);
        sandbox.Plant("exercises/Lab01.TwoStepRnn/PlantedAutoGenerated.cs", PlantedAutoGenerated);
        sandbox.Plant("exercises/Lab01.TwoStepRnn/PlantedGeneratedRegex.cs", PlantedGeneratedRegex);

        var grading = await DotnetCli.RunAsync(sandbox.Root,
            ["build", sandbox.PathOf(LabProject), "--disable-build-servers", "--no-incremental", "-p:KataGrading=true"],
            BuildTimeout, cancellationToken);

        grading.ExitCode.Should().NotBe(0, "a suppressed banned API must still fail grading. {0}", grading);
        grading.Output.Should().NotContain("error RS0030", "the planted suppressions do hide RS0030 itself. {0}", grading);
        grading.Output.Should().MatchRegex(new Regex(@"PlantedPragma\.cs\(\d+,\d+\): error RK0003"),
            "grading turns RK0003 on '#pragma warning disable RS0030' into an error. {0}", grading);
        grading.Output.Should().MatchRegex(new Regex(@"PlantedPragma\.cs\(\d+,\d+\): error RK0008"),
            "no pragma switches off RK0008 in the SDK's compiler. {0}", grading);
        grading.Output.Should().MatchRegex(new Regex(@"PlantedSuppressMessage\.cs\(\d+,\d+\): error RK0003"),
            "an assembly-wide SuppressMessage for RK0003 must not hide RK0003 in the SDK's compiler. {0}", grading);
        grading.Output.Should().MatchRegex(new Regex(@"PlantedAutoGenerated\.cs\(\d+,\d+\): error RK0003"),
            "a file that calls itself generated is still the student's. {0}", grading);
        grading.Output.Should().NotMatchRegex(new Regex(@"RegexGenerator\.g\.cs\(\d+,\d+\): error RK0003"),
            "the Regex source generator's own bare pragma is not the student's. {0}", grading);
    }
}
