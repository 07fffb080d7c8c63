using System.Text.Json;
using RnnKata.Catalogue;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

/// <summary>The grader's command as a whole, where it needs no lab to build: help, exit codes, and labs
/// whose projects are missing (which fail their build without running one).</summary>
[Category("Grading")]
public class GradingAppTests
{
    private TempFolder _kata = null!;
    private StringWriter _output = null!;
    private StringWriter _error = null!;

    [SetUp]
    public void CreateEmptyKata()
    {
        _kata = new TempFolder();
        _kata.Write("RnnKata.sln", "");
        _output = new StringWriter();
        _error = new StringWriter();
    }

    [TearDown]
    public void DeleteKata()
    {
        _kata.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    /// <summary>The empty kata, with the real catalogue's first lab and a second lab; neither has projects.</summary>
    private GradingEnvironment Environment(string? dotnet = null) => new(
        [_kata.Path],
        [Samples.Lab01, Samples.Lab02],
        dotnet is null ? DotnetCli.Locate() : new DotnetCli(dotnet));

    private int Grade(params string[] args) => GradingApp.Run(args, _output, _error, Environment());

    [Test]
    public void Help_prints_the_usage_and_grades_nothing()
    {
        Grade("--help").Should().Be(GradingApp.ExitGraded);

        _output.ToString().Should().Contain("Usage:").And.Contain("Scoring:").And.NotContain("Grading exercises");
    }

    [Test]
    public void Unknown_option_is_a_usage_error()
    {
        Grade("--bogus").Should().Be(GradingApp.ExitUsage);

        _error.ToString().Should().Contain("Unknown option '--bogus'");
    }

    [Test]
    public void Unknown_lab_is_a_usage_error_that_lists_the_known_labs()
    {
        Grade("--labs", "Lab01,Lab99").Should().Be(GradingApp.ExitUsage);

        _error.ToString().Should().Contain("No lab 'Lab99' in the catalogue. Known labs: Lab01, Lab02.");
    }

    [Test]
    public void Kata_not_found_means_grading_cannot_run()
    {
        using var elsewhere = new TempFolder();
        var environment = Environment() with { RootSearchStarts = [elsewhere.Path] };

        GradingApp.Run([], _output, _error, environment).Should().Be(GradingApp.ExitCannotGrade);

        _error.ToString().Should().Contain("could not find RnnKata.sln");
    }

    [Test]
    public void Missing_dotnet_means_grading_cannot_run()
    {
        var environment = Environment(dotnet: _kata.Combine("no-such-dotnet"));

        GradingApp.Run([], _output, _error, environment).Should().Be(GradingApp.ExitCannotGrade);

        _error.ToString().Should().Contain("Could not run").And.Contain("Install the .NET SDK");
    }

    [Test]
    public void Missing_submission_means_grading_cannot_run()
    {
        Grade("--submission", _kata.Combine("alice")).Should().Be(GradingApp.ExitCannotGrade);

        _error.ToString().Should().Contain("does not exist");
    }

    [Test]
    public void Lab_that_cannot_build_scores_zero_and_grading_goes_on_with_the_next()
    {
        var report = _kata.Combine("report.json");

        Grade("--json", report).Should().Be(GradingApp.ExitGraded);

        _output.ToString().Should()
            .Contain("[1/2] Lab01 Manual two-step RNN: building and testing against exercises…")
            .And.Contain("[2/2] Lab02: build failed (0 / 20)")
            .And.Contain("tests/Lab02.Bptt.Tests/Lab02.Bptt.Tests.csproj does not exist");
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        json.RootElement.GetProperty("labs").EnumerateArray().Select(l => l.GetProperty("status").GetString())
            .Should().Equal("build-failed", "build-failed");
        json.RootElement.GetProperty("totals").GetProperty("points").GetDouble().Should().Be(0);
    }

    [Test]
    public void Labs_are_graded_in_curriculum_order_whatever_order_they_are_asked_in()
    {
        GradingApp.SelectLabs([Samples.Lab01, Samples.Lab02], ["lab02", "LAB01"]).Select(l => l.Id)
            .Should().Equal("Lab01", "Lab02");
    }

    [Test]
    public void Report_that_cannot_be_written_means_grading_failed()
    {
        var aFile = _kata.Write("taken", "a file, not a folder");

        Grade("--labs", "Lab01", "--json", Path.Combine(aFile, "report.json")).Should().Be(GradingApp.ExitCannotGrade);

        _error.ToString().Should().Contain("could not write the report");
    }

    [Test]
    public void Real_catalogue_is_what_the_grader_uses_by_default() =>
        GradingEnvironment.Default.Catalogue.Should().Equal(LabCatalogue.All);
}
