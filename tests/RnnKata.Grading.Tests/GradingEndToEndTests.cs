using System.Diagnostics;
using System.Text.Json;
using RnnKata.Catalogue;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

/// <summary>
/// END-TO-END: grades Lab01 for real (dotnet build + dotnet test), so these tests need Lab01's projects
/// and take about a minute together. Filter them out with <c>--filter TestCategory!=GradingEndToEnd</c>.
/// <para>
/// They may run while an outer <c>dotnet test</c> of the solution runs Lab01's own tests. That is safe
/// because the grader never builds in the configuration everyone else uses: it builds with
/// <c>-c Grading</c> (see <see cref="DotnetCli.Configuration"/>), so its outputs go to
/// <c>bin/…/Grading/</c> and <c>obj/…/Grading/</c> and it never rewrites the Debug assemblies the outer
/// run has loaded; its restore finds the same packages and writes nothing. Submissions are built in a
/// temporary copy of the kata and touch the working copy not at all.
/// </para>
/// </summary>
[Category("Grading")]
[Category("GradingEndToEnd")]
[NonParallelizable]
public class GradingEndToEndTests
{
    private const int TenMinutes = 10 * 60 * 1000;

    private string _root = null!;
    private Lab _lab = null!;
    private TempFolder _work = null!;

    [OneTimeSetUp]
    public void FindLab01()
    {
        _root = KataPaths.FindRoot(TestContext.CurrentContext.TestDirectory);
        _lab = LabCatalogue.Find("Lab01");
        if (!File.Exists(Path.Combine(_root, _lab.TestProject)))
            Assert.Ignore($"End-to-end grading needs {_lab.TestProject}.");
    }

    [SetUp]
    public void CreateWorkFolder() => _work = new TempFolder();

    [TearDown]
    public void DeleteWorkFolder() => _work.Dispose();

    private (int ExitCode, string Output, JsonElement Lab) Grade(params string[] args)
    {
        var json = _work.Combine("report.json");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = Stopwatch.StartNew();

        var exitCode = GradingApp.Run([.. args, "--labs", _lab.Id, "--json", json], output, error,
                                      cancellationToken: TestContext.CurrentContext.CancellationToken);

        TestContext.Out.WriteLine($"grade {string.Join(' ', args)}: exit {exitCode} in {clock.Elapsed.TotalSeconds:0} s");
        TestContext.Out.WriteLine(output.ToString());
        TestContext.Out.WriteLine(error.ToString());
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        return (exitCode, output.ToString(), report.RootElement.GetProperty("labs")[0].Clone());
    }

    [Test]
    [CancelAfter(TenMinutes)]
    public void Solutions_earn_full_marks_with_no_failed_or_not_started_test()
    {
        var (exitCode, _, lab) = Grade("--target", "solutions");

        exitCode.Should().Be(GradingApp.ExitGraded);
        lab.GetProperty("status").GetString().Should().Be("passed");
        lab.GetProperty("passed").GetInt32().Should().BePositive();
        lab.GetProperty("failed").GetInt32().Should().Be(0);
        lab.GetProperty("notStarted").GetInt32().Should().Be(0);
        lab.GetProperty("points").GetDouble().Should().Be(_lab.Points);
    }

    [Test]
    [CancelAfter(TenMinutes)]
    public void Pristine_exercises_earn_nothing_and_every_test_is_not_started()
    {
        IgnoreUnlessExercisesArePristine();

        var (exitCode, _, lab) = Grade("--target", "exercises");

        exitCode.Should().Be(GradingApp.ExitGraded);
        lab.GetProperty("status").GetString().Should().Be("not-started");
        lab.GetProperty("points").GetDouble().Should().Be(0);
        lab.GetProperty("failed").GetInt32().Should().Be(0);
        lab.GetProperty("passed").GetInt32().Should().Be(0);
        lab.GetProperty("notStarted").GetInt32().Should().Be(lab.GetProperty("total").GetInt32()).And.BePositive();
        lab.GetProperty("tests").EnumerateArray().Should().OnlyContain(t =>
            t.GetProperty("message").GetString()!.StartsWith("Not started:", StringComparison.Ordinal));
    }

    [Test]
    [CancelAfter(TenMinutes)]
    public void Submission_that_does_not_compile_fails_its_build_scores_zero_and_is_left_untouched()
    {
        using var submission = new TempFolder();
        submission.Write($"exercises/{_lab.Project}/TwoStepRnn.cs",
            "namespace RnnKata.Lab01;\npublic static class TwoStepRnn\n{\n    this does not compile\n}\n");
        var before = submission.Snapshot();

        var (exitCode, output, lab) = Grade("--submission", submission.Path);

        exitCode.Should().Be(GradingApp.ExitGraded);
        lab.GetProperty("status").GetString().Should().Be("build-failed");
        lab.GetProperty("points").GetDouble().Should().Be(0);
        lab.GetProperty("problems")[0].GetString().Should().Contain("TwoStepRnn.cs(4,").And.Contain("error CS");
        output.Should().Contain($"{_lab.Id}: build failed:");
        submission.Snapshot().Should().Equal(before);
    }

    [Test]
    [CancelAfter(TenMinutes)]
    public void Half_done_submission_earns_partial_points_with_the_rest_not_started()
    {
        using var submission = new TempFolder();
        submission.Write($"exercises/{_lab.Project}/TwoStepRnn.cs", """
            using MathNet.Numerics.LinearAlgebra;
            using RnnKata.Given;

            namespace RnnKata.Lab01;

            public static class TwoStepRnn
            {
                public static Matrix<double> FirstStep(Matrix<double> x0, RnnWeights weights)
                {
                    Require.Columns(x0, weights.Inputs, nameof(x0), "one column per input");
                    Require.Finite(x0, nameof(x0));
                    return (x0 * weights.Wx).MapIndexed((_, c, v) => Math.Tanh(v + weights.B[c]));
                }

                public static Matrix<double> SecondStep(Matrix<double> y0, Matrix<double> x1, RnnWeights weights) =>
                    throw new NotImplementedException("Implement TwoStepRnn.SecondStep");

                public static TwoStepOutputs Unroll(Matrix<double> x0, Matrix<double> x1, RnnWeights weights) =>
                    throw new NotImplementedException("Implement TwoStepRnn.Unroll");
            }
            """);

        var (exitCode, _, lab) = Grade("--submission", submission.Path);

        exitCode.Should().Be(GradingApp.ExitGraded);
        lab.GetProperty("status").GetString().Should().Be("partial");
        lab.GetProperty("failed").GetInt32().Should().Be(0, "a finished FirstStep is right, and the rest is only not started");
        lab.GetProperty("passed").GetInt32().Should().BePositive();
        lab.GetProperty("notStarted").GetInt32().Should().BePositive();
        lab.GetProperty("points").GetDouble().Should().BeInRange(0.1, _lab.Points - 0.1);
    }

    [TestCase("solutions")]
    [TestCase("exercises")]
    [CancelAfter(TenMinutes)]
    public void Grade_script_grades_the_target_and_writes_the_json_report(string target)
    {
        if (target == "exercises")
            IgnoreUnlessExercisesArePristine();
        var expectedPoints = target == "solutions" ? _lab.Points : 0;
        var json = _work.Combine($"script-report-{target}.json");

        var run = PowerShellHost.Run(
            PowerShellHost.GradeScript,
            new Dictionary<string, object> { ["Target"] = target, ["Labs"] = new[] { _lab.Id }, ["Json"] = json },
            TestContext.CurrentContext.CancellationToken);

        TestContext.Out.WriteLine(string.Join('\n', run.Output.Concat(run.Errors)));
        run.ExitCode.Should().Be(GradingApp.ExitGraded);
        run.Output.Should().Contain(line => line.StartsWith(_lab.Id, StringComparison.Ordinal) &&
                                            line.EndsWith($"{expectedPoints} / {_lab.Points}", StringComparison.Ordinal));
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        report.RootElement.GetProperty("target").GetString().Should().Be(target);
        report.RootElement.GetProperty("totals").GetProperty("points").GetDouble().Should().Be(expectedPoints);
    }

    /// <summary>
    /// "Pristine" means exercises/ as committed. A student's working copy with work in it, or a copy without
    /// git, cannot say, and the test is ignored with the reason.
    /// </summary>
    private void IgnoreUnlessExercisesArePristine()
    {
        ProcessResult status;
        try
        {
            status = ProcessRunner.Run("git", ["status", "--porcelain", "--untracked-files=all", "--", "exercises"], _root, TimeSpan.FromMinutes(1));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("git is not installed: cannot tell whether exercises/ is pristine.");
            return;
        }
        if (status.ExitCode != 0)
            Assert.Ignore($"git status failed: cannot tell whether exercises/ is pristine. {string.Join(' ', status.Output)}");
        if (status.Output.Any(line => !string.IsNullOrWhiteSpace(line)))
            Assert.Ignore($"exercises/ differs from the last commit, so it is not pristine: {string.Join(", ", status.Output.Take(3))}");
    }
}
