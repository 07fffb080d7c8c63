using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0008 must not fire on code the labs legitimately need: every lab's reference solution
/// (<c>solutions/Lab*</c>, with the <c>Given/</c> files it links) and every pristine exercise
/// (<c>exercises/Lab*</c>) is compiled with the allowlist analyzer in grading mode and must report
/// nothing. A planted file beside Lab 1 proves the same compilation does report.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class GradedLabsAllowlistTests
{
    private static readonly Dictionary<string, string> Grading = new() { ["KataGrading"] = "true" };

    // A reference that trains on the engine (Lab 4 on) is never handed in as student code: it cannot compile
    // in an exercise project, so the allowlist does not apply to it; its lab's stubs are checked below.
    private static IEnumerable<TestCaseData> Solutions() =>
        LabSources.Labs("solutions").Where(HandsInAsStudentCode).Select(lab => new TestCaseData(lab).SetArgDisplayNames(lab));

    private static bool HandsInAsStudentCode(string lab) =>
        !File.ReadAllText(Path.Combine(RepoRoot.FindFrom(AppContext.BaseDirectory), "solutions", lab, lab + ".csproj")).Contains("RnnKata.Engine", StringComparison.Ordinal);

    private static IEnumerable<TestCaseData> Exercises() =>
        LabSources.Labs("exercises").Select(lab => new TestCaseData(lab).SetArgDisplayNames(lab));

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> DiagnoseGraded(IEnumerable<(string Path, string Text)> files) =>
        AnalyzerHarness.DiagnoseProjectAsync([new GradedCodeAllowlistAnalyzer()], files, Grading, typeof(Matrix<double>), typeof(Given.Require));

    [TestCaseSource(nameof(Solutions))]
    public async Task The_reference_solution_uses_only_allowed_APIs(string lab)
    {
        var files = LabSources.Solution(RepoRoot.Find(), lab);
        files.Should().NotBeEmpty("solutions/{0} must hold the lab's reference solution", lab);

        var diagnostics = await DiagnoseGraded(files);

        diagnostics.Select(d => d.ToString()).Should().BeEmpty(
            "a reference solution needs only what the allowlist allows; if a lab truly needs more, add it to ApiAllowlist and docs/analyzers/RK0008.md");
    }

    [TestCaseSource(nameof(Exercises))]
    public async Task The_pristine_exercise_uses_only_allowed_APIs(string lab)
    {
        var files = LabSources.Exercise(RepoRoot.Find(), lab);
        files.Should().NotBeEmpty("exercises/{0} must hold the lab's stubs", lab);

        var diagnostics = await DiagnoseGraded(files);

        diagnostics.Select(d => d.ToString()).Should().BeEmpty("a student who has not started must not fail grading with RK0008");
    }

    [Test]
    public async Task The_same_compilation_reports_a_thread_planted_beside_lab_01_and_nothing_else()
    {
        const string planted = """
            namespace RnnKata.Lab01;

            internal static class PlantedThread
            {
                internal static void Spin() => new System.Threading.Thread(() => { while (true) { } }).Start();
            }
            """;
        var files = LabSources.Solution(RepoRoot.Find(), "Lab01.TwoStepRnn").Append(("Planted/PlantedThread.cs", planted)).ToList();

        var diagnostics = await DiagnoseGraded(files);

        diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Id == KataDiagnostics.ApiNotAllowedId
                                                               && d.Location.SourceTree!.FilePath == "Planted/PlantedThread.cs");
    }

    [Test]
    public async Task A_denied_API_in_a_given_file_is_left_alone_because_the_grader_takes_given_code_from_the_kata()
    {
        const string given = """
            namespace RnnKata.Lab01;

            internal static class GivenFileWriter
            {
                internal static void Save(string path) => System.IO.File.WriteAllText(path, "figure");
            }
            """;
        var files = LabSources.Exercise(RepoRoot.Find(), "Lab01.TwoStepRnn").Append(("exercises/Lab01.TwoStepRnn/Given/GivenFileWriter.cs", given)).ToList();

        var diagnostics = await DiagnoseGraded(files);

        diagnostics.Should().BeEmpty();
    }
}
