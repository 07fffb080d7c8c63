using RnnKata.Grading.Intake;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Intake;

[Category("Grading")]
public class GitIntakeTests
{
    private const string Committed = "class TwoStepRnn { /* committed */ }";

    private TempFolder _submissions = null!;
    private TempFolder _work = null!;

    [OneTimeSetUp]
    public void NeedsGit()
    {
        // Ignored (skipped), not inconclusive: CI reads inconclusive as "not started".
        if (!IntakeKit.HasGit)
            Assert.Ignore("git is not installed here");
    }

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

    /// <summary>A working copy at submissions/NAME with the student's work committed.</summary>
    private string CommittedRepository(string name)
    {
        var repository = _submissions.Combine(name);
        _submissions.Write($"{name}/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Committed);
        _submissions.Write($"{name}/exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs", "given");
        IntakeKit.Git(repository, "init", "-q");
        IntakeKit.Git(repository, "add", "-A");
        IntakeKit.Git(repository, "commit", "-q", "-m", "Lab 1");
        return repository;
    }

    /// <summary>Materializes the submission named <paramref name="name"/>, and checks that the submissions folder,
    /// repositories included, is as it was (content and timestamps).</summary>
    private IntakeResult Materialize(string name, GitCli? git = null)
    {
        var before = IntakeKit.Snapshot(_submissions.Path);
        var result = SubmissionIntake.Materialize(SubmissionFolder.Discover(_submissions.Path).Single(e => e.OriginalName == name), _work.Path, git: git);
        IntakeKit.Snapshot(_submissions.Path).Should().Equal(before, "reading a repository writes nothing in it, not even its index");
        return result;
    }

    [Test]
    public void A_working_copy_is_read_at_head_and_uncommitted_work_is_a_warning()
    {
        CommittedRepository("alice");
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { /* not committed */ }");
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/Untracked.cs", "class Untracked {}");

        var result = Materialize("alice");

        result.Kind.Should().Be(SubmissionKind.Git);
        result.IsGradable.Should().BeTrue();
        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        File.ReadAllText(Path.Combine(result.ExercisesFolder!, "Lab01.TwoStepRnn", "TwoStepRnn.cs")).Should().Be(Committed);
        result.Warnings.Select(w => w.Message).Should().Equal(
            "The repository has 2 uncommitted .cs files; grading uses the last commit (HEAD).");
        Directory.EnumerateFileSystemEntries(_work.Path).Should().Equal([_work.Combine("alice")], "git's archive is deleted once read");
    }

    [Test]
    public void A_repositorys_own_filter_commands_never_run()
    {
        // A filter driver in the student's .git/config, switched on by .gitattributes, would run on checkout
        // (smudge) and on status (clean): the grader reads a bare clone, which has no configuration.
        var repository = CommittedRepository("mallory");
        var marker = _work.Combine("filter-ran");
        _submissions.Write("mallory/.gitattributes", "*.cs filter=evil\n");
        IntakeKit.Git(repository, "add", ".gitattributes");
        IntakeKit.Git(repository, "commit", "-q", "-m", "attributes");
        IntakeKit.Git(repository, "config", "filter.evil.smudge", $"touch {marker}; cat");
        IntakeKit.Git(repository, "config", "filter.evil.clean", $"touch {marker}; cat");
        _submissions.Write("mallory/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { /* changed */ }");

        var result = Materialize("mallory");

        File.Exists(marker).Should().BeFalse("no command from the student's repository may run");
        result.IsGradable.Should().BeTrue();
        File.ReadAllText(Path.Combine(result.ExercisesFolder!, "Lab01.TwoStepRnn", "TwoStepRnn.cs")).Should().Be(Committed);
        result.Warnings.Select(w => w.Message).Should().Contain("The repository has 1 uncommitted .cs file; grading uses the last commit (HEAD).");
    }

    [Test]
    public void A_bare_repository_is_read_at_head()
    {
        var origin = CommittedRepository("origin");
        IntakeKit.Git(_submissions.Path, "clone", "-q", "--bare", origin, "bob.git");
        Directory.Delete(origin, recursive: true);

        var result = Materialize("bob.git");

        result.Entry.StudentId.Should().Be("bob");
        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Should().BeEmpty();
    }

    [Test]
    public void A_repository_without_commits_is_a_problem()
    {
        _submissions.Write("carol/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", Committed);
        IntakeKit.Git(_submissions.Combine("carol"), "init", "-q");

        var result = Materialize("carol");

        result.Problems.Should().Equal("The git repository has no commits: the student's work was never committed.");
        result.ExercisesFolder.Should().BeNull();
    }

    [Test]
    public void Without_git_a_repository_is_the_students_problem_and_says_why()
    {
        CommittedRepository("dan");

        var result = Materialize("dan", new GitCli("no-such-git-for-rnnkata"));

        result.Problems.Should().Equal(
            "The submission is a git repository, but git ('no-such-git-for-rnnkata') is not installed on the grading machine; install git, or ask the student for a zip.");
    }
}
