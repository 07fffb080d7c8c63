using RnnKata.Catalogue;
using static RnnKata.Kata.Tests.Results;

namespace RnnKata.Kata.Tests;

public class KataAppTests
{
    private TempKata _kata = null!;

    [SetUp]
    public void CopyKata() => _kata = new TempKata();

    [TearDown]
    public void Delete() => _kata.Dispose();

    private (int Exit, string Text, ScriptedGrading Grading) Run(ScriptedGrading grading, params string[] args)
    {
        var console = new TextConsole();
        var exit = KataApp.Run(args, new KataContext(_kata.Root, LabCatalogue.All, console.Console, grading));
        return (exit, console.Text, grading);
    }

    [Test]
    public void Status_grades_every_lab_of_the_catalogue_and_shows_each()
    {
        var (exit, text, grading) = Run(new ScriptedGrading(Of(Lab01, Passed("F.A", 1))), "status");

        exit.Should().Be(KataApp.ExitOk);
        grading.Calls.Should().Be(LabCatalogue.All.Count);
        foreach (var lab in LabCatalogue.All)
            text.Should().Contain(lab.Id);
        text.Should().Contain("1/3 tasks done");
    }

    [Test]
    public void Watch_once_shows_the_asked_lab_once_and_remembers_it_for_the_next_watch()
    {
        var lab02 = LabCatalogue.All.Single(l => l.Id == "Lab02");

        var (exit, text, grading) = Run(new ScriptedGrading(), "watch", "--once", "--lab", "2");

        exit.Should().Be(KataApp.ExitOk);
        grading.Calls.Should().Be(1);
        text.Should().Contain("Lab02");
        new KataContext(_kata.Root, LabCatalogue.All, new TextConsole().Console, grading).LabToWatch(null).Should().Be(lab02);
    }

    [Test]
    public void Watch_once_without_a_lab_on_a_fresh_copy_shows_lab_1()
    {
        var (_, text, _) = Run(new ScriptedGrading(), "watch", "--once");

        text.Should().Contain("Lab01").And.NotContain("Lab02");
    }

    [Test]
    public void Hint_shows_the_asked_level_of_a_written_hint_and_says_how_to_get_the_next()
    {
        var (exit, text, grading) = Run(new ScriptedGrading(), "hint", "Lab01", "2", "--level", "2");

        exit.Should().Be(KataApp.ExitOk);
        grading.Calls.Should().Be(0, "a hint needs no grading");
        text.Should().Contain("Lab01 Task 2: the second step").And.Contain("hint 2 of 3: The shape").And.Contain("--level 3");
    }

    [Test]
    public void Hint_beyond_the_last_level_shows_the_last_one()
    {
        var (_, text, _) = Run(new ScriptedGrading(), "hint", "lab01", "1", "--level", "9");

        text.Should().Contain("hint 3 of 3: The usual mistake").And.Contain("That was the last hint");
    }

    [TestCase("hint", "Lab01", "7", "Lab01 has no task 7")]
    [TestCase("hint", "Lab99", "1", "No lab 'Lab99'")]
    [TestCase("watch", "--once", "--lab", "Lab42", "No lab 'Lab42'")]
    public void A_task_or_lab_that_does_not_exist_is_a_usage_error_naming_it(params string[] argsAndMessage)
    {
        var (exit, text, _) = Run(new ScriptedGrading(), argsAndMessage[..^1]);

        exit.Should().Be(KataApp.ExitUsage);
        text.Should().Contain(argsAndMessage[^1]);
    }

    [TestCase("hint", "Lab01", "0")]
    [TestCase("hint", "Lab01", "1", "--level", "zero")]
    [TestCase("launch")]
    public void A_malformed_command_line_is_refused(params string[] args) =>
        Run(new ScriptedGrading(), args).Exit.Should().Be(KataApp.ExitUsage);
}
