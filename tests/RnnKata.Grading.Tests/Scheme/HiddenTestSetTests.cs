using RnnKata.Catalogue;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Scheme;

[Category("Grading")]
public class HiddenTestSetTests
{
    private static readonly IReadOnlyList<Lab> Catalogue = [Samples.Lab01, Samples.Lab02];

    private const string HiddenFixture = """
        namespace RnnKata.Lab01.Tests.Hidden;

        public class SecretStepTests
        {
            [Test] public void Step_is_right() { }

            public class Nested { [Test] public void Deep() { } }
        }
        """;

    [Test]
    public void Fixtures_declared_in_hidden_files_make_their_tests_hidden()
    {
        using var folder = new TempFolder();
        folder.Write("Lab01/SecretStepTests.cs", HiddenFixture);

        var hidden = HiddenTestSet.Load(folder.Path, Catalogue);

        hidden.IsHidden("RnnKata.Lab01.Tests.Hidden.SecretStepTests.Step_is_right").Should().BeTrue();
        hidden.IsHidden("RnnKata.Lab01.Tests.Hidden.SecretStepTests+Nested.Deep").Should().BeTrue();
        hidden.IsHidden("RnnKata.Lab01.Tests.Hidden.SecretStepTests(3).Step_is_right").Should().BeTrue();
        hidden.IsHidden("RnnKata.Lab01.Tests.Hidden.SecretStepTestsMore.Other").Should().BeFalse();
        hidden.IsHidden("RnnKata.Lab01.Tests.StepTests.Step_is_right").Should().BeFalse();
    }

    [Test]
    public void Hidden_files_are_copied_into_the_labs_test_project_of_the_graded_copy()
    {
        using var folder = new TempFolder();
        folder.Write("hidden/Lab01.TwoStepRnn.Tests/More/SecretStepTests.cs", HiddenFixture);
        var hidden = HiddenTestSet.Load(folder.Combine("hidden"), Catalogue);

        hidden.CopyInto(folder.Combine("kata"), Catalogue);

        File.ReadAllText(folder.Combine("kata", "tests", "Lab01.TwoStepRnn.Tests", "Hidden", "More", "SecretStepTests.cs")).Should().Be(HiddenFixture);
    }

    [Test]
    public void A_file_outside_a_lab_folder_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("Secret.cs", HiddenFixture);

        var act = () => HiddenTestSet.Load(folder.Path, Catalogue);

        act.Should().Throw<HiddenTestsException>().WithMessage("'Secret.cs' lies directly in*put each lab's hidden tests in a folder named after the lab*");
    }

    [Test]
    public void A_folder_that_names_no_lab_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("Lab9/Secret.cs", HiddenFixture);

        var act = () => HiddenTestSet.Load(folder.Path, Catalogue);

        act.Should().Throw<HiddenTestsException>().WithMessage("The hidden-tests folder 'Lab9' names no lab: use a lab id (Lab01, Lab02).");
    }

    [Test]
    public void A_file_that_is_not_valid_CSharp_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("Lab01/Broken.cs", "public class {");

        var act = () => HiddenTestSet.Load(folder.Path, Catalogue);

        act.Should().Throw<HiddenTestsException>().WithMessage("The hidden test file '*Broken.cs' is not valid C#:*");
    }

    [Test]
    public void An_empty_folder_is_refused()
    {
        using var folder = new TempFolder();

        var act = () => HiddenTestSet.Load(folder.Path, Catalogue);

        act.Should().Throw<HiddenTestsException>().WithMessage("No hidden test files (*.cs) in*");
    }
}
