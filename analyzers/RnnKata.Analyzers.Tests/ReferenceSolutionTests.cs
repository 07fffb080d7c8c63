using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// The RNN rules (RK0004 to RK0007, RK0009 to RK0011, RK0013) must stay quiet on correct code, and the
/// reference solutions are the correct code the kata has. Each lab under <c>solutions/</c> is
/// compiled as its project compiles it (its own files plus the <c>Given/</c> files it links from
/// <c>exercises/</c>), with all of their analyzers; a new lab is picked up by its folder.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class ReferenceSolutionTests
{
    private static IEnumerable<TestCaseData> Labs() =>
        LabSources.Labs("solutions").Select(lab => new TestCaseData(lab).SetArgDisplayNames(lab));

    [TestCaseSource(nameof(Labs))]
    public async Task The_RNN_rules_report_nothing_on_the_reference_solution(string lab)
    {
        var files = LabSources.Solution(RepoRoot.Find(), lab);
        files.Should().NotBeEmpty("solutions/{0} must hold the lab's reference solution", lab);

        var diagnostics = await AnalyzerHarness.DiagnoseProjectAsync(RnnRules.Analyzers(), files, typeof(Matrix<double>), typeof(Given.Require),
                                                                     typeof(Engine.Backends), typeof(Engine.ComputeBackend));

        diagnostics.Where(d => RnnRules.Ids.Contains(d.Id)).Select(d => d.ToString()).Should().BeEmpty(
            "a rule that fires on a reference solution is either a false positive of the rule or a bug in the solution");
    }

    [Test]
    public async Task The_same_compilation_reports_each_rule_once_a_mistake_is_planted_beside_lab_01()
    {
        // Proves the check above can fail: the same project, the same analyzers, one planted file.
        var files = LabSources.Solution(RepoRoot.Find(), "Lab01.TwoStepRnn").Append(("Planted/RnnMistakes.cs", PlantedRnnMistakes.Source)).ToList();

        var diagnostics = await AnalyzerHarness.DiagnoseProjectAsync(RnnRules.Analyzers(), files, typeof(Matrix<double>), typeof(Given.Require));

        diagnostics.Select(d => d.Id).Should().BeEquivalentTo(RnnRules.Ids);
        diagnostics.Should().OnlyContain(d => d.Location.SourceTree!.FilePath == "Planted/RnnMistakes.cs");
    }
}
