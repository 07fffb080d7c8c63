using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

[Category("Grading")]
public class SubmissionOverlayTests
{
    private const string Stub = "class TwoStepRnn { /* stub */ }";
    private const string StudentWork = "class TwoStepRnn { /* alice */ }";

    private TempFolder _kata = null!;
    private TempFolder _submission = null!;
    private TempFolder _work = null!;

    [SetUp]
    public void CreateKataAndSubmission()
    {
        _kata = new TempFolder();
        _kata.Write("RnnKata.sln", "");
        _kata.Write(".editorconfig", "root = true");
        _kata.Write("exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj", "<Project />");
        _kata.Write("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Stub);
        _kata.Write("exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs", "given");
        _kata.Write("exercises/Lab01.TwoStepRnn/bin/Debug/Lab01.dll", "binary");
        _kata.Write("exercises/Lab01.TwoStepRnn/obj/Debug/Generated.cs", "generated");
        _kata.Write("exercises/RnnKata.Given/Require.cs", "given");
        _kata.Write("tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs", "tests");
        _kata.Write(".git/HEAD", "ref: refs/heads/main");

        _submission = new TempFolder();
        _submission.Write("RnnKata.sln", "");
        _submission.Write("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", StudentWork);
        _submission.Write("exercises/Lab01.TwoStepRnn/Helpers.cs", "class Helpers {}");
        _submission.Write("exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj", "<Project><PropertyGroup><NoWarn>RS0030</NoWarn></PropertyGroup></Project>");
        _submission.Write("exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs", "tampered");
        _submission.Write("exercises/Lab01.TwoStepRnn/obj/Debug/Generated.cs", "student's generated");
        _submission.Write("exercises/RnnKata.Given/Require.cs", "tampered");
        _submission.Write("tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs", "tampered tests");

        _work = new TempFolder();
    }

    [TearDown]
    public void DeleteFolders()
    {
        _kata.Dispose();
        _submission.Dispose();
        _work.Dispose();
    }

    private string Copy(params string[] parts) => _work.Combine(["kata", .. parts]);

    [Test]
    public void Copy_of_the_kata_has_its_sources_but_no_build_outputs_or_git()
    {
        SubmissionOverlay.CopyTree(_kata.Path, _work.Combine("kata"));

        File.Exists(Copy("RnnKata.sln")).Should().BeTrue();
        File.Exists(Copy(".editorconfig")).Should().BeTrue();
        File.Exists(Copy("tests", "Lab01.TwoStepRnn.Tests", "FirstStepTests.cs")).Should().BeTrue();
        Directory.Exists(Copy("exercises", "Lab01.TwoStepRnn", "bin")).Should().BeFalse();
        Directory.Exists(Copy("exercises", "Lab01.TwoStepRnn", "obj")).Should().BeFalse();
        Directory.Exists(Copy(".git")).Should().BeFalse();
    }

    [Test]
    public void Students_exercise_sources_replace_the_stubs_and_new_files_are_added()
    {
        var taken = SubmissionOverlay.Prepare(_kata.Path, SubmissionOverlay.FindExercises(_submission.Path), _work.Combine("kata"));

        File.ReadAllText(Copy("exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs")).Should().Be(StudentWork);
        File.Exists(Copy("exercises", "Lab01.TwoStepRnn", "Helpers.cs")).Should().BeTrue();
        taken.Should().BeEquivalentTo("Lab01.TwoStepRnn/Helpers.cs", "Lab01.TwoStepRnn/TwoStepRnn.cs");
    }

    [Test]
    public void Project_files_tests_given_code_and_build_outputs_of_the_student_are_not_taken()
    {
        SubmissionOverlay.Prepare(_kata.Path, SubmissionOverlay.FindExercises(_submission.Path), _work.Combine("kata"));

        File.ReadAllText(Copy("exercises", "Lab01.TwoStepRnn", "Lab01.TwoStepRnn.csproj")).Should().Be("<Project />");
        File.ReadAllText(Copy("exercises", "Lab01.TwoStepRnn", "Given", "SeedBatch.cs")).Should().Be("given");
        File.ReadAllText(Copy("exercises", "RnnKata.Given", "Require.cs")).Should().Be("given");
        File.ReadAllText(Copy("tests", "Lab01.TwoStepRnn.Tests", "FirstStepTests.cs")).Should().Be("tests");
        Directory.Exists(Copy("exercises", "Lab01.TwoStepRnn", "obj")).Should().BeFalse();
    }

    [Test]
    public void Submission_folder_is_left_exactly_as_it_was()
    {
        var before = _submission.Snapshot();

        SubmissionOverlay.Prepare(_kata.Path, SubmissionOverlay.FindExercises(_submission.Path), _work.Combine("kata"));

        _submission.Snapshot().Should().Equal(before);
    }

    [Test]
    public void Copy_of_the_kata_or_of_its_exercises_folder_are_both_accepted()
    {
        SubmissionOverlay.FindExercises(_submission.Path).Should().Be(_submission.Combine("exercises"));
        SubmissionOverlay.FindExercises(_submission.Combine("exercises")).Should().Be(_submission.Combine("exercises"));
    }

    [Test]
    public void Missing_submission_folder_is_refused_with_its_full_path() =>
        FluentActions.Invoking(() => SubmissionOverlay.FindExercises(_submission.Combine("nobody")))
            .Should().Throw<SubmissionException>().WithMessage($"*'{_submission.Combine("nobody")}' does not exist*");

    [Test]
    public void Folder_without_exercise_sources_is_refused_with_a_hint()
    {
        _submission.Write("homework/notes.txt", "nothing here");

        FluentActions.Invoking(() => SubmissionOverlay.FindExercises(_submission.Combine("homework")))
            .Should().Throw<SubmissionException>().WithMessage("*No exercise sources*copy of the kata or of its exercises/ folder*");
    }
}
