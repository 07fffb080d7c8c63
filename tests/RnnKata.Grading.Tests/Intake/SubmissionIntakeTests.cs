using System.Text;
using RnnKata.Grading.Intake;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Intake;

[Category("Grading")]
public class SubmissionIntakeTests
{
    private const string Work = "class TwoStepRnn { /* student */ }";

    private TempFolder _submissions = null!;
    private TempFolder _work = null!;

    [SetUp]
    public void CreateFolders()
    {
        _submissions = new TempFolder();
        _work = new TempFolder();
    }

    [TearDown]
    public void DeleteFolders()
    {
        _submissions.Dispose();
        _work.Dispose();
    }

    /// <summary>Materializes the submission named <paramref name="name"/>, and checks that every file and folder
    /// of the submissions folder is as it was (content and timestamps).</summary>
    private IntakeResult Materialize(string name, IntakeLimits? limits = null)
    {
        var before = IntakeKit.Snapshot(_submissions.Path);
        var result = SubmissionIntake.Materialize(SubmissionFolder.Discover(_submissions.Path).Single(e => e.OriginalName == name), _work.Path, limits);
        IntakeKit.Snapshot(_submissions.Path).Should().Equal(before, "the submission is only read");
        return result;
    }

    private void WriteZip(string name, byte[] bytes) => File.WriteAllBytes(_submissions.Combine(name), bytes);

    [Test]
    public void A_folder_gives_only_the_students_sources_by_the_overlays_rule()
    {
        _submissions.Write("alice/RnnKata.sln", "");
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work);
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/Helpers/Maths.cs", "class Maths {}");
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs", "given");
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj", "<Project />");
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/obj/Debug/Generated.cs", "generated");
        _submissions.Write("alice/exercises/RnnKata.Given/Require.cs", "given");
        _submissions.Write("alice/tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs", "tests");
        _submissions.Write("alice/.vs/state.cs", "ide");

        var result = Materialize("alice");

        result.IsGradable.Should().BeTrue();
        result.Kind.Should().Be(SubmissionKind.Folder);
        result.ExercisesFolder.Should().Be(_work.Combine("alice", "exercises"));
        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/Helpers/Maths.cs", "Lab01.TwoStepRnn/TwoStepRnn.cs");
        SubmissionOverlay.StudentSources(result.ExercisesFolder!)
            .Select(f => Path.GetRelativePath(result.ExercisesFolder!, f).Replace('\\', '/'))
            .Should().BeEquivalentTo(result.SourceFiles, "the materialized folder holds exactly what the overlay takes");
        SubmissionOverlay.FindExercises(_work.Combine("alice")).Should().Be(result.ExercisesFolder);
        File.ReadAllText(_work.Combine("alice", "exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs")).Should().Be(Work);
        result.Problems.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
    }

    [Test]
    public void A_copy_of_the_exercises_folder_alone_is_taken_as_the_exercises()
    {
        _submissions.Write("bob/Lab01.TwoStepRnn/TwoStepRnn.cs", Work);
        _submissions.Write("bob/Lab02.ElmanBptt/ElmanNetwork.cs", "class ElmanNetwork {}");

        var result = Materialize("bob");

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs", "Lab02.ElmanBptt/ElmanNetwork.cs");
    }

    [Test]
    public void A_zip_with_a_single_top_folder_is_read_through_that_folder()
    {
        WriteZip("carol.zip", IntakeKit.Zip(
            ("rnnkata-main/README.md", "readme"),
            ("rnnkata-main/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work),
            ("rnnkata-main/exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs", "given"),
            ("__MACOSX/rnnkata-main/exercises/Lab01.TwoStepRnn/._TwoStepRnn.cs", "resource fork"),
            ("rnnkata-main/exercises/Lab01.TwoStepRnn/.DS_Store", "finder")));

        var result = Materialize("carol.zip");

        result.IsGradable.Should().BeTrue();
        result.Kind.Should().Be(SubmissionKind.Zip);
        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        File.ReadAllText(Path.Combine(result.ExercisesFolder!, "Lab01.TwoStepRnn", "TwoStepRnn.cs")).Should().Be(Work);
        result.Warnings.Should().BeEmpty();
    }

    [Test]
    public void A_zip_of_a_single_lab_folder_is_a_copy_of_the_exercises()
    {
        WriteZip("dan.zip", IntakeKit.Zip(("Lab01.TwoStepRnn/TwoStepRnn.cs", Work)));

        Materialize("dan.zip").SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
    }

    [Test]
    public void A_zip_that_holds_only_another_zip_is_opened()
    {
        var inner = IntakeKit.Zip(("kata/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work));
        WriteZip("erin.zip", IntakeKit.Zip(("submission/kata.zip", inner), ("__MACOSX/submission/._kata.zip", [1, 2, 3])));

        var result = Materialize("erin.zip");

        result.IsGradable.Should().BeTrue();
        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
    }

    [Test]
    public void An_lms_download_is_taken_in_whole_and_a_bad_submission_does_not_stop_the_others()
    {
        var folder = _submissions.Combine("Alice Smith_12345_assignsubmission_file_");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "alice.zip"), IntakeKit.Zip(("alice/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work)));
        _submissions.Write("Bob Jones_777_assignsubmission_file_/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work);
        _submissions.Write("Carol King_31_assignsubmission_onlinetext_/onlinetext.html", "<p>I ran out of time</p>");
        WriteZip("Dan Brown_8_assignsubmission_file_dan.zip", Encoding.UTF8.GetBytes("this is not a zip file"));
        var before = IntakeKit.Snapshot(_submissions.Path);

        var results = SubmissionFolder.Discover(_submissions.Path)
            .Select(entry => SubmissionIntake.Materialize(entry, _work.Path))
            .ToArray();

        results.Select(r => (r.StudentId, r.DisplayName, r.Kind, r.IsGradable)).Should().Equal(
            ("Alice_Smith_12345", "Alice Smith", SubmissionKind.Zip, true),
            ("Bob_Jones_777", "Bob Jones", SubmissionKind.Folder, true),
            ("Carol_King_31", "Carol King", SubmissionKind.Folder, false),
            ("Dan_Brown_8", "Dan Brown", SubmissionKind.Zip, false));
        results[0].ExercisesFolder.Should().Be(_work.Combine("Alice_Smith_12345", "exercises"));
        results[2].Problems.Should().Equal(
            "No exercise sources: the submission has no .cs files under exercises/ (code in Given/ and RnnKata.Given does not count).");
        results[3].Problems.Should().Equal(
            "The zip file 'Dan Brown_8_assignsubmission_file_dan.zip' is damaged or not a zip file; ask the student to submit it again.");
        IntakeKit.Snapshot(_submissions.Path).Should().Equal(before);
    }

    [Test]
    public void A_truncated_zip_is_a_problem_and_nothing_is_materialized()
    {
        var zip = IntakeKit.Zip(("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work));
        WriteZip("frank.zip", zip[..(zip.Length / 2)]);

        var result = Materialize("frank.zip");

        result.IsGradable.Should().BeFalse();
        result.ExercisesFolder.Should().BeNull();
        result.Problems.Should().Equal("The zip file 'frank.zip' is damaged or not a zip file; ask the student to submit it again.");
        Directory.Exists(_work.Combine("frank")).Should().BeFalse();
    }

    [Test]
    public void A_damaged_zip_inside_a_zip_is_a_problem()
    {
        var inner = IntakeKit.Zip(("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work));
        WriteZip("gina.zip", IntakeKit.Zip(("inner.zip", inner[..^30])));

        Materialize("gina.zip").Problems.Should().Equal(
            "The zip file 'gina.zip/inner.zip' is damaged or not a zip file; ask the student to submit it again.");
    }

    [Test]
    public void An_empty_folder_is_a_problem()
    {
        Directory.CreateDirectory(_submissions.Combine("hank"));
        _submissions.Write("hank/.DS_Store", "finder");

        var result = Materialize("hank");

        result.Problems.Should().Equal("The submission is empty.");
        result.ExercisesFolder.Should().BeNull();
    }

    [Test]
    public void A_submission_with_only_given_code_and_notes_has_no_exercise_sources()
    {
        _submissions.Write("ivy/exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs", "given");
        _submissions.Write("ivy/exercises/RnnKata.Given/Require.cs", "given");
        _submissions.Write("ivy/exercises/Lab01.TwoStepRnn/notes.txt", "todo");

        Materialize("ivy").Problems.Should().Equal(
            "No exercise sources: the submission has no .cs files under exercises/ (code in Given/ and RnnKata.Given does not count).");
    }

    [Test]
    public void Zip_slip_and_absolute_paths_are_skipped_with_a_warning_and_nothing_lands_outside()
    {
        WriteZip("jack.zip", IntakeKit.Zip(
            ("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work),
            ("../evil.cs", "evil"),
            ("exercises/../../../evil2.cs", "evil"),
            ("exercises\\..\\..\\evil3.cs", "evil"),
            ("/tmp/evil4.cs", "evil"),
            ("C:/Windows/evil5.cs", "evil")));

        var result = Materialize("jack.zip");

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped '../evil.cs': the path leads outside the submission.",
            "Skipped 'exercises/../../../evil2.cs': the path leads outside the submission.",
            "Skipped 'exercises/../../evil3.cs': the path leads outside the submission.",
            "Skipped '/tmp/evil4.cs': an absolute path.",
            "Skipped 'C:/Windows/evil5.cs': an absolute path.");
        result.Warnings.Should().OnlyContain(w => w.Kind == IntakeWarningKind.SkippedFile);
        Directory.EnumerateFiles(_work.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_work.Path, f).Replace('\\', '/'))
            .Should().Equal("jack/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs");
        File.Exists(Path.Combine(Path.GetTempPath(), "evil4.cs")).Should().BeFalse();
    }

    [Test]
    public void A_symbolic_link_out_of_a_folder_is_not_followed()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.cs", "class Secret {}");
        _submissions.Write("kim/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work);
        File.CreateSymbolicLink(_submissions.Combine("kim", "exercises", "Lab01.TwoStepRnn", "Stolen.cs"), secret);
        File.CreateSymbolicLink(_submissions.Combine("kim", "exercises", "Lab01.TwoStepRnn", "Alias.cs"), "TwoStepRnn.cs");

        var result = Materialize("kim");

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped 'exercises/Lab01.TwoStepRnn/Alias.cs': a symbolic link; links are not followed.",
            $"Skipped 'exercises/Lab01.TwoStepRnn/Stolen.cs': a symbolic link to '{secret}', outside the submission; links are not followed.");
    }

    [Test]
    public void A_symbolic_link_in_a_zip_is_not_followed()
    {
        WriteZip("lee.zip", IntakeKit.ZipWithLink("exercises/Lab01.TwoStepRnn/Stolen.cs", "../../../../etc/passwd",
            ("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work)));

        var result = Materialize("lee.zip");

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped 'exercises/Lab01.TwoStepRnn/Stolen.cs': a symbolic link to '../../../../etc/passwd', outside the submission; links are not followed.");
    }

    [Test]
    public void Source_files_over_the_size_limits_are_skipped_with_a_warning()
    {
        _submissions.Write("mia/exercises/Lab01.TwoStepRnn/A.cs", new string('a', 100));
        _submissions.Write("mia/exercises/Lab01.TwoStepRnn/B.cs", new string('b', 101));
        _submissions.Write("mia/exercises/Lab01.TwoStepRnn/C.cs", new string('c', 100));
        _submissions.Write("mia/exercises/Lab01.TwoStepRnn/D.cs", new string('d', 50));

        var result = Materialize("mia", new IntakeLimits { MaxSourceFileBytes = 100, MaxSubmissionBytes = 150 });

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/A.cs", "Lab01.TwoStepRnn/D.cs");
        result.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped 'exercises/Lab01.TwoStepRnn/B.cs': larger than 100 bytes, the limit for one source file.",
            "Skipped 'exercises/Lab01.TwoStepRnn/C.cs': the sources taken passed 150 bytes, the limit for one submission.");
    }

    [Test]
    public void A_zipped_source_over_the_limit_is_skipped_with_a_warning()
    {
        WriteZip("ned.zip", IntakeKit.Zip(
            ("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work), ("exercises/Lab01.TwoStepRnn/Big.cs", new string('x', 4096))));

        var result = Materialize("ned.zip", new IntakeLimits { MaxSourceFileBytes = IntakeLimits.MiB / 1024 });

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped 'exercises/Lab01.TwoStepRnn/Big.cs': larger than 1 KiB, the limit for one source file.");
    }

    [Test]
    public void Source_files_past_the_count_limit_are_skipped_with_one_warning()
    {
        foreach (var name in new[] { "A", "B", "C", "D" })
            _submissions.Write($"olga/exercises/Lab01.TwoStepRnn/{name}.cs", name);

        var result = Materialize("olga", new IntakeLimits { MaxSourceFiles = 2 });

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/A.cs", "Lab01.TwoStepRnn/B.cs");
        result.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped 2 source files past the limit of 2 per submission, from 'exercises/Lab01.TwoStepRnn/C.cs' on.");
    }

    [Test]
    public void A_submission_with_too_many_files_is_not_graded()
    {
        WriteZip("pat.zip", IntakeKit.Zip(Enumerable.Range(0, 12).Select(i => ($"exercises/Lab01.TwoStepRnn/F{i}.cs", "x")).ToArray()));

        var result = Materialize("pat.zip", new IntakeLimits { MaxEntries = 10 });

        result.Problems.Should().Equal("The submission has more than 10 files; it was not graded.");
        result.ExercisesFolder.Should().BeNull();
    }

    [Test]
    public void Odd_names_in_a_zip_are_skipped_without_crashing()
    {
        var zip = IntakeKit.Zip(
            ("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work),
            ("exercises/Lab01.TwoStepRnn/Bell\u0007.cs", "x"),
            ("exercises/Lab01.TwoStepRnn/Enc§.cs", "x"),
            ("exercises/Lab01.TwoStepRnn/What?.cs", "x"),
            ("exercises/Lab01.TwoStepRnn/Dots.cs.", "x"),
            ("__MACOSX/exercises/Lab01.TwoStepRnn/._Bell\u0007.cs", "litter is ignored, odd name or not"));
        WriteZip("quinn.zip", IntakeKit.Patch(zip, Encoding.UTF8.GetBytes("Enc§"), [(byte)'E', (byte)'n', (byte)'c', 0xFF, 0xFE]));

        var result = Materialize("quinn.zip");

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped 'exercises/Lab01.TwoStepRnn/Bell\\u0007.cs': the name has a control character.",
            "Skipped 'exercises/Lab01.TwoStepRnn/Enc\uFFFD\uFFFD.cs': the name is not valid text (a wrong encoding).",
            "Skipped 'exercises/Lab01.TwoStepRnn/What?.cs': the name has a character that Windows does not allow (<>:\"|?*\\).",
            "Skipped 'exercises/Lab01.TwoStepRnn/Dots.cs.': the name ends with a dot or a space, which Windows drops.");
    }

    [Test]
    public void A_file_name_with_a_control_character_in_a_folder_is_skipped()
    {
        _submissions.Write("rui/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work);
        File.WriteAllText(_submissions.Combine("rui", "exercises", "Lab01.TwoStepRnn", "Tab\there.cs"), "x");

        var result = Materialize("rui");

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped 'exercises/Lab01.TwoStepRnn/Tab\\u0009here.cs': the name has a control character.");
    }

    [Test]
    public void Names_that_differ_only_in_case_are_taken_once()
    {
        WriteZip("sam.zip", IntakeKit.Zip(
            ("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work),
            ("exercises/Lab01.TwoStepRnn/twostepRnn.cs", "other")));

        var result = Materialize("sam.zip");

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Select(w => w.Message).Should().Equal(
            "Skipped 'exercises/Lab01.TwoStepRnn/twostepRnn.cs': another file in the submission has the same name (ignoring case).");
    }

    [Test]
    public void A_file_that_clashes_with_a_folder_of_the_same_name_is_skipped_and_the_rest_taken()
    {
        WriteZip("sue.zip", IntakeKit.Zip(
            ("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work),
            ("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs/Inner.cs", "class Inner {}")));

        var result = Materialize("sue.zip");

        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Should().ContainSingle().Which.Message.Should().Match(
            "Skipped 'exercises/Lab01.TwoStepRnn/TwoStepRnn.cs/Inner.cs': the file cannot be written to the grading folder (*).");
    }

    [Test]
    public void A_file_that_is_not_a_submission_is_a_problem()
    {
        _submissions.Write("tom.rar", "Rar!");

        var result = Materialize("tom.rar");

        result.Kind.Should().Be(SubmissionKind.Unsupported);
        result.Problems.Should().Equal("'tom.rar' is not a folder, a .zip file or a git repository; it cannot be graded.");
    }

    [Test]
    public void Materializing_again_replaces_the_previous_copy()
    {
        _submissions.Write("uma/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work);
        _work.Write("uma/exercises/Lab01.TwoStepRnn/Stale.cs", "stale");

        var result = Materialize("uma");

        Directory.EnumerateFiles(result.ExercisesFolder!, "*", SearchOption.AllDirectories).Should().ContainSingle();
    }

    [Test]
    public void A_work_folder_inside_the_submission_is_refused()
    {
        _submissions.Write("vic/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Work);
        var entry = SubmissionFolder.Discover(_submissions.Path).Single();

        var materialize = () => SubmissionIntake.Materialize(entry, _submissions.Combine("vic", "work"));

        materialize.Should().Throw<ArgumentException>().WithMessage("The work folder '*' lies inside the submission '*'.*");
    }
}
