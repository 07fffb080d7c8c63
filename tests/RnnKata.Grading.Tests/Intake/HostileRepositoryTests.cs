using RnnKata.Grading.Intake;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Intake;

/// <summary>
/// PLANTED: repositories that make git read another student's repository: a <c>.git</c> file (<c>gitdir:</c>) or a
/// <c>.git</c> link pointing at it, a branch that is a link to its branch, objects borrowed through
/// <c>objects/info/alternates</c>. Each is refused for the student who planted it; the other student is graded.
/// </summary>
[Category("Grading")]
public class HostileRepositoryTests
{
    private const string BobWork = "class TwoStepRnn { /* bob's own work */ }";

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
    public void CreateFoldersWithAnHonestRepository()
    {
        _submissions = new TempFolder();
        _work = new TempFolder();
        Commit("bob", BobWork);
    }

    [TearDown]
    public void DeleteFolders()
    {
        _submissions.Dispose();
        _work.Dispose();
    }

    private void Commit(string name, string work)
    {
        _submissions.Write($"{name}/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", work);
        IntakeKit.Git(_submissions.Combine(name), "init", "-q");
        IntakeKit.Git(_submissions.Combine(name), "add", "-A");
        IntakeKit.Git(_submissions.Combine(name), "commit", "-q", "-m", "Lab 1");
    }

    private IntakeResult Materialize(string name) =>
        SubmissionIntake.Materialize(SubmissionFolder.Discover(_submissions.Path).Single(e => e.OriginalName == name), _work.Path);

    /// <summary>Mallory is not graded, for the reason given; bob is graded with his own work.</summary>
    private void MalloryIsRefusedAndBobGraded(string reason)
    {
        var mallory = Materialize("mallory");
        mallory.Kind.Should().Be(SubmissionKind.Git);
        mallory.IsGradable.Should().BeFalse();
        mallory.SourceFiles.Should().BeEmpty();
        mallory.Problems.Should().ContainSingle().Which.Should().Contain(reason).And.Contain("not graded");

        var bob = Materialize("bob");
        bob.IsGradable.Should().BeTrue(string.Join(" ", bob.Problems));
        File.ReadAllText(Path.Combine(bob.ExercisesFolder!, "Lab01.TwoStepRnn", "TwoStepRnn.cs")).Should().Be(BobWork);
    }

    [Test]
    public void A_git_file_pointing_at_another_students_repository_is_not_followed()
    {
        _submissions.Write("mallory/.git", "gitdir: ../bob/.git\n");

        MalloryIsRefusedAndBobGraded("Its .git is a file pointing at a repository elsewhere ('gitdir: ../bob/.git'");
    }

    [Test]
    public void A_git_link_to_another_students_repository_is_not_followed()
    {
        Directory.CreateDirectory(_submissions.Combine("mallory"));
        Directory.CreateSymbolicLink(_submissions.Combine("mallory", ".git"), _submissions.Combine("bob", ".git"));

        MalloryIsRefusedAndBobGraded("Its .git is a symbolic link");
    }

    [Test]
    public void A_branch_that_is_a_link_to_another_students_branch_is_not_followed()
    {
        Commit("mallory", "class TwoStepRnn { }");
        var branch = _submissions.Combine("mallory", ".git", "refs", "heads", "main");
        File.Delete(branch);
        File.CreateSymbolicLink(branch, _submissions.Combine("bob", ".git", "refs", "heads", "main"));

        MalloryIsRefusedAndBobGraded("The repository holds 'refs/heads/main', a symbolic link");
    }

    [Test]
    public void Objects_borrowed_from_another_students_repository_are_refused()
    {
        // Mallory's branch names bob's commit, whose objects come through alternates: git would read bob's work.
        Commit("mallory", "class TwoStepRnn { }");
        var bobsHead = File.ReadAllText(_submissions.Combine("bob", ".git", "refs", "heads", "main"));
        _submissions.Write("mallory/.git/objects/info/alternates", _submissions.Combine("bob", ".git", "objects") + "\n");
        _submissions.Write("mallory/.git/refs/heads/main", bobsHead);

        MalloryIsRefusedAndBobGraded("The repository reads another repository's objects ('objects/info/alternates')");
    }
}
