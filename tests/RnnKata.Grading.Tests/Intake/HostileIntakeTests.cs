using RnnKata.Grading.Intake;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Intake;

/// <summary>
/// PLANTED: submissions aimed at intake itself, each beside an honest one. A student folder that is a link to
/// another student's, a named pipe named like a source file, a hard link to another student's file, a control
/// character in a folder name: each gets its verdict, and the honest student is taken in as if alone.
/// </summary>
[Category("Grading")]
public class HostileIntakeTests
{
    private const string AliceWork = "class TwoStepRnn { /* alice's own work */ }";

    private TempFolder _submissions = null!;
    private TempFolder _work = null!;

    [SetUp]
    public void CreateFoldersWithAnHonestStudent()
    {
        _submissions = new TempFolder();
        _work = new TempFolder();
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", AliceWork);
    }

    [TearDown]
    public void DeleteFolders()
    {
        _submissions.Dispose();
        _work.Dispose();
    }

    private IntakeResult Materialize(string originalName) =>
        SubmissionIntake.Materialize(SubmissionFolder.Discover(_submissions.Path).Single(e => e.OriginalName == originalName), _work.Path);

    /// <summary>The honest student is taken in whole, whatever was planted beside her.</summary>
    private void AliceIsTakenInAsAlone()
    {
        var alice = Materialize("alice");
        alice.IsGradable.Should().BeTrue(string.Join(" ", alice.Problems));
        alice.Warnings.Should().BeEmpty();
        File.ReadAllText(Path.Combine(alice.ExercisesFolder!, "Lab01.TwoStepRnn", "TwoStepRnn.cs")).Should().Be(AliceWork);
    }

    [Test]
    public void A_student_folder_that_is_a_link_to_another_students_is_reported_for_that_student_and_never_graded()
    {
        Directory.CreateSymbolicLink(_submissions.Combine("mallory"), _submissions.Combine("alice"));

        var entry = SubmissionFolder.Discover(_submissions.Path).Single(e => e.OriginalName == "mallory");
        var mallory = Materialize("mallory");

        entry.Kind.Should().Be(SubmissionKind.Link);
        mallory.IsGradable.Should().BeFalse();
        mallory.SourceFiles.Should().BeEmpty();
        mallory.Problems.Should().ContainSingle().Which.Should().Contain("'mallory' is a symbolic link").And.Contain("was not graded");
        Directory.Exists(_work.Combine("mallory")).Should().BeFalse("nothing of alice's is copied under mallory's name");
        AliceIsTakenInAsAlone();
    }

    [Test]
    public void A_zip_that_is_a_link_to_another_students_zip_is_never_opened()
    {
        File.WriteAllBytes(_submissions.Combine("bob.zip"), IntakeKit.Zip(("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "bob")));
        Directory.CreateDirectory(_submissions.Combine("mallory"));
        File.CreateSymbolicLink(_submissions.Combine("mallory", "submission.zip"), _submissions.Combine("bob.zip"));

        var mallory = Materialize("mallory");

        mallory.IsGradable.Should().BeFalse();
        mallory.SourceFiles.Should().BeEmpty();
        mallory.Warnings.Select(w => w.Message).Should().ContainSingle().Which.Should().Contain("symbolic link").And.Contain("outside the submission");
        Materialize("bob.zip").SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
    }

    [Test]
    public void A_named_pipe_named_like_a_source_file_is_skipped_without_being_opened()
    {
        IntakeKit.NeedsUnix();
        _submissions.Write("mallory/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { }");
        var pipe = _submissions.Combine("mallory", "exercises", "Lab01.TwoStepRnn", "Foo.cs");
        IntakeKit.Fifo(pipe);

        var mallory = WithoutHanging(() => Materialize("mallory"), pipe);

        mallory.IsGradable.Should().BeTrue();
        mallory.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        mallory.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped 'exercises/Lab01.TwoStepRnn/Foo.cs': not a regular file (a named pipe, a device or a socket); it was not opened.");
        AliceIsTakenInAsAlone();
    }

    [Test]
    public void A_named_pipe_named_like_a_zip_is_not_graded_and_not_opened()
    {
        IntakeKit.NeedsUnix();
        var pipe = _submissions.Combine("mallory.zip");
        IntakeKit.Fifo(pipe);

        var mallory = WithoutHanging(() => Materialize("mallory.zip"), pipe);

        mallory.IsGradable.Should().BeFalse();
        mallory.Problems.Should().Equal("'mallory.zip' is not a regular file (a named pipe, a device or a socket); it was not opened.");
        AliceIsTakenInAsAlone();
    }

    [Test]
    public void A_hard_link_to_another_students_file_is_copied_so_writing_the_copy_leaves_the_original_as_it_was()
    {
        IntakeKit.NeedsUnix();
        var alicesFile = _submissions.Combine("alice", "exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs");
        IntakeKit.HardLink(alicesFile, _submissions.Combine("mallory", "exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs"));

        var mallory = Materialize("mallory");
        var taken = Path.Combine(mallory.ExercisesFolder!, "Lab01.TwoStepRnn", "TwoStepRnn.cs");
        File.WriteAllText(taken, "class TwoStepRnn { /* written by a test process */ }"); // opens and truncates in place

        File.ReadAllText(alicesFile).Should().Be(AliceWork, "the grading folder holds copies, never links into a submission");
        AliceIsTakenInAsAlone();
    }

    [Test]
    public void A_control_character_in_a_folder_name_gives_a_safe_id_and_the_name_is_kept_for_reports()
    {
        _submissions.Write("mal\u0001lory/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { }");

        var entry = SubmissionFolder.Discover(_submissions.Path).Single(e => e.OriginalName.StartsWith("mal", StringComparison.Ordinal));
        var mallory = SubmissionIntake.Materialize(entry, _work.Path);

        entry.StudentId.Should().Be("mal_lory");
        entry.DisplayName.Should().Be("mal\u0001lory", "reports sanitise it for their own sink");
        mallory.IsGradable.Should().BeTrue();
        AliceIsTakenInAsAlone();
    }

    [Test]
    public void A_single_submission_takes_neither_a_named_pipe_nor_a_link_named_like_a_source_file()
    {
        IntakeKit.NeedsUnix();
        _submissions.Write("mallory/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { }");
        var pipe = _submissions.Combine("mallory", "exercises", "Lab01.TwoStepRnn", "Foo.cs");
        IntakeKit.Fifo(pipe);
        File.CreateSymbolicLink(_submissions.Combine("mallory", "exercises", "Lab01.TwoStepRnn", "Bar.cs"),
                                _submissions.Combine("alice", "exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs"));
        var exercises = SubmissionOverlay.FindExercises(_submissions.Combine("mallory"));

        var copied = WithoutHanging(() => SubmissionOverlay.Prepare(_submissions.Combine("alice"), exercises, _work.Combine("graded")), pipe);

        copied.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        File.ReadAllText(_work.Combine("graded", "exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs")).Should().Be("class TwoStepRnn { }");
    }

    /// <summary>Runs intake on another thread; should it wait on the pipe (the defect), a writer is opened so that the
    /// test fails with a message instead of hanging the run.</summary>
    private static T WithoutHanging<T>(Func<T> intake, string pipe)
    {
        var task = Task.Run(intake);
        if (!task.Wait(TimeSpan.FromSeconds(30)))
        {
            using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
            {
                // Opening the writing end releases a reader blocked in open().
            }
            Assert.Fail("Intake opened the named pipe and waited for a writer.");
        }
        return task.Result;
    }
}
