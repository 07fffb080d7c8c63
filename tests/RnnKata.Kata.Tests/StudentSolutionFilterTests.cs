using System.Text.Json;
using RnnKata.Catalogue;

namespace RnnKata.Kata.Tests;

/// <summary><c>RnnKata.Students.slnf</c>: what a student opens instead of the whole solution.</summary>
public class StudentSolutionFilterTests
{
    private static IReadOnlyList<string> Projects()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Results.Root, "RnnKata.Students.slnf")));
        var solution = document.RootElement.GetProperty("solution");
        solution.GetProperty("path").GetString().Should().Be("RnnKata.sln");
        return solution.GetProperty("projects").EnumerateArray().Select(p => p.GetString()!.Replace('\\', '/')).ToArray();
    }

    [Test]
    public void It_holds_every_labs_exercise_and_tests_and_what_they_reference()
    {
        var projects = Projects();

        foreach (var lab in LabCatalogue.All)
            projects.Should().Contain([lab.ExerciseProject, lab.TestProject], $"{lab.Id} is a lab students work on");
        projects.Should().Contain(["exercises/RnnKata.Given/RnnKata.Given.csproj", "tests/RnnKata.TestSupport/RnnKata.TestSupport.csproj"]);
    }

    [Test]
    public void It_holds_no_reference_solution_and_only_projects_that_exist_in_the_solution()
    {
        var projects = Projects();
        var solution = File.ReadAllText(Path.Combine(Results.Root, "RnnKata.sln")).Replace('\\', '/');

        projects.Should().NotContain(p => p.StartsWith("solutions/", StringComparison.Ordinal), "students open the exercises, not the answers");
        projects.Should().OnlyContain(p => File.Exists(Path.Combine(Results.Root, p)) && solution.Contains(p, StringComparison.Ordinal));
    }
}
