using RnnKata.Kata.Grading;

namespace RnnKata.Kata.Tests;

public class BuildKeyTests
{
    private string _root = null!;

    [SetUp]
    public void CreateKata()
    {
        _root = Path.Combine(Path.GetTempPath(), "rnnkata-kata-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in new[] { "RnnKata.sln", "tests/Lab01.X.Tests/StepTests.cs", "exercises/Lab01.X/Step.cs", "exercises/Lab01.X/Given/Data.cs",
                                     "exercises/Lab01.X/Lab01.X.csproj", "docs/01-x.md", "solutions/Lab01.X/Step.cs", "exercises/Lab01.X/obj/Gen.cs" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, file))!);
            File.WriteAllText(Path.Combine(_root, file), "original");
        }
    }

    [TearDown]
    public void Delete() => Directory.Delete(_root, recursive: true);

    [TestCase("exercises/Lab01.X/Step.cs")]
    [TestCase("exercises/Lab01.X/New.cs")]
    [TestCase("docs/01-x.md")]
    [TestCase("solutions/Lab01.X/Step.cs")]
    [TestCase("exercises/Lab01.X/obj/Gen.cs")]
    public void The_students_sources_docs_solutions_and_build_outputs_do_not_change_the_key(string file)
    {
        var before = BuildKey.Of(_root);

        File.WriteAllText(Path.Combine(_root, file), "edited, and longer than before");

        BuildKey.Of(_root).Should().Be(before);
    }

    [TestCase("tests/Lab01.X.Tests/StepTests.cs")]
    [TestCase("exercises/Lab01.X/Given/Data.cs")]
    [TestCase("exercises/Lab01.X/Lab01.X.csproj")]
    [TestCase("Directory.Build.props")]
    public void A_test_given_code_or_project_file_changes_the_key(string file)
    {
        var before = BuildKey.Of(_root);

        File.WriteAllText(Path.Combine(_root, file), "edited, and longer than before");

        BuildKey.Of(_root).Should().NotBe(before);
    }
}
