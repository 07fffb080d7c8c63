using RnnKata.Grading.Intake;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Intake;

[Category("Grading")]
public class SubmissionFolderTests
{
    private TempFolder _submissions = null!;

    [SetUp]
    public void CreateFolder() => _submissions = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _submissions.Dispose();

    [Test]
    public void Every_entry_is_one_student_and_hidden_entries_and_litter_are_ignored()
    {
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "alice");
        File.WriteAllBytes(_submissions.Combine("bob.zip"), IntakeKit.Zip(("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "bob")));
        _submissions.Write("carol/.git/HEAD", "ref: refs/heads/main");
        _submissions.Write("dave.git/HEAD", "ref: refs/heads/main");
        Directory.CreateDirectory(_submissions.Combine("dave.git", "objects"));
        Directory.CreateDirectory(_submissions.Combine("dave.git", "refs"));
        _submissions.Write("erin.rar", "Rar!");
        _submissions.Write(".hidden/exercises/X.cs", "hidden");
        _submissions.Write("__MACOSX/._bob.zip", "resource fork");
        _submissions.Write(".DS_Store", "finder");
        _submissions.Write("Thumbs.db", "explorer");
        var before = IntakeKit.Snapshot(_submissions.Path);

        var entries = SubmissionFolder.Discover(_submissions.Path);

        entries.Select(e => (e.StudentId, e.Kind)).Should().Equal(
            ("alice", SubmissionKind.Folder),
            ("bob", SubmissionKind.Zip),
            ("carol", SubmissionKind.Git),
            ("dave", SubmissionKind.Git),
            ("erin.rar", SubmissionKind.Unsupported));
        entries[1].Path.Should().Be(_submissions.Combine("bob.zip"));
        entries[3].DisplayName.Should().Be("dave");
        IntakeKit.Snapshot(_submissions.Path).Should().Equal(before);
    }

    [Test]
    public void Moodle_names_give_the_students_name_number_and_an_id_made_of_both()
    {
        _submissions.Write("Alice Smith_12345_assignsubmission_file_/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "alice");
        File.WriteAllBytes(_submissions.Combine("Bob Jones_777_assignsubmission_file_lab01.zip"),
                           IntakeKit.Zip(("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "bob")));

        var entries = SubmissionFolder.Discover(_submissions.Path);

        entries.Select(e => (e.StudentId, e.DisplayName, e.LmsNumber, e.Kind)).Should().Equal(
            ("Alice_Smith_12345", "Alice Smith", "12345", SubmissionKind.Folder),
            ("Bob_Jones_777", "Bob Jones", "777", SubmissionKind.Zip));
        entries[0].OriginalName.Should().Be("Alice Smith_12345_assignsubmission_file_");
    }

    [Test]
    public void An_lms_folder_holding_a_single_zip_is_read_as_that_zip()
    {
        var zip = _submissions.Combine("Alice Smith_12345_assignsubmission_file_", "rnnkata.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        File.WriteAllBytes(zip, IntakeKit.Zip(("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "alice")));
        _submissions.Write("Alice Smith_12345_assignsubmission_file_/__MACOSX/._rnnkata.zip", "litter");

        var entry = SubmissionFolder.Discover(_submissions.Path).Single();

        entry.Kind.Should().Be(SubmissionKind.Zip);
        entry.Path.Should().Be(zip);
        entry.StudentId.Should().Be("Alice_Smith_12345");
    }

    [Test]
    public void A_folder_holding_a_single_clone_is_read_as_that_repository()
    {
        _submissions.Write("alice/rnnkata/.git/HEAD", "ref: refs/heads/main");
        _submissions.Write("alice/rnnkata/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "alice");

        var entry = SubmissionFolder.Discover(_submissions.Path).Single();

        entry.Kind.Should().Be(SubmissionKind.Git);
        entry.Path.Should().Be(_submissions.Combine("alice", "rnnkata"));
    }

    [Test]
    public void Colliding_ids_get_a_suffix_and_every_entry_keeps_its_original_name()
    {
        _submissions.Write("Alice Smith/exercises/A.cs", "1");
        _submissions.Write("alice smith.zip", "2");
        _submissions.Write("Alice@Smith/exercises/A.cs", "3");
        _submissions.Write("Alice_Smith-2/exercises/A.cs", "4");

        var entries = SubmissionFolder.Discover(_submissions.Path);

        entries.Select(e => (e.OriginalName, e.StudentId)).Should().Equal(
            ("Alice Smith", "Alice_Smith"),
            ("Alice@Smith", "Alice_Smith-3"),
            ("Alice_Smith-2", "Alice_Smith-2"),
            ("alice smith.zip", "alice_smith-4"));
    }

    [TestCase("José Núñez", "Jose_Nunez")]
    [TestCase("  O'Brien, Seán  ", "O_Brien_Sean")]
    [TestCase("x:y*z?", "x_y_z")]
    [TestCase("Łukasz Müller-Straße", "Lukasz_Muller-Strasse")]
    [TestCase("CON", "CON_")]
    [TestCase("nul.txt", "nul.txt_")]
    [TestCase("...", "student")]
    [TestCase("tab\there", "tab_here")]
    [TestCase("王小明", "王小明")]
    public void Names_are_made_safe_as_folder_names(string name, string expected) =>
        StudentNames.Safe(name).Should().Be(expected);

    [Test]
    public void A_missing_submissions_folder_says_which_folder()
    {
        var missing = _submissions.Combine("nope");

        var discover = () => SubmissionFolder.Discover(missing);

        discover.Should().Throw<DirectoryNotFoundException>().WithMessage($"The submissions folder '{missing}' does not exist.");
    }
}
