using RnnKata.Catalogue;
using RnnKata.Kata.Watching;
using static RnnKata.Kata.Tests.Results;

namespace RnnKata.Kata.Tests;

public class WatchLoopTests
{
    /// <summary>Plays a script of events; the folders asked to watch are recorded.</summary>
    private sealed class ScriptedInput(params WatchEvent[] events) : IWatchInput
    {
        private readonly Queue<WatchEvent> _events = new(events);

        public List<string> Watched { get; } = [];

        public void Watch(string folder) => Watched.Add(folder);

        public WatchEvent? Next(CancellationToken cancellationToken) => _events.Count > 0 ? _events.Dequeue() : null;

        public void Dispose()
        {
        }
    }

    private static (string Text, ScriptedGrading Grading, ScriptedInput Input) Run(ScriptedGrading grading, params WatchEvent[] events)
    {
        using var kata = new TempKata();
        var console = new TextConsole();
        var input = new ScriptedInput(events);
        new WatchLoop(new KataContext(kata.Root, LabCatalogue.All, console.Console, grading), input).Run(Lab01, CancellationToken.None);
        return (console.Text, grading, input);
    }

    private static WatchEvent Key(char key) => WatchEvent.Pressed(key);

    [Test]
    public void Every_change_regrades_and_q_quits_before_the_rest_of_the_script()
    {
        var (_, grading, input) = Run(new ScriptedGrading(), WatchEvent.Changed, WatchEvent.Changed, Key('q'), WatchEvent.Changed);

        grading.Calls.Should().Be(3, "once at the start and once per change, none after q");
        input.Watched.Should().ContainSingle().Which.Should().EndWith(Path.Combine("exercises", "Lab01.TwoStepRnn"));
    }

    [Test]
    public void N_moves_to_the_next_task_and_h_shows_its_hints_one_level_more_each_press()
    {
        var (text, _, _) = Run(new ScriptedGrading(Of(Lab01, NotStarted("F.A", 1, 1), NotStarted("F.B", 2, 2))), Key('n'), Key('h'), Key('h'));

        text.Should().Contain("Task 2: the second step").And.Contain("Lab01 Task 2: the second step — hint 1 of 3: The idea")
            .And.Contain("hint 2 of 3: The shape").And.NotContain("Task 1: the first step — hint");
    }

    [Test]
    public void The_reference_is_offered_only_once_a_task_passes_and_r_then_shows_it_beside_yours()
    {
        var before = Of(Lab01, NotStarted("F.A", 1, 1), NotStarted("F.B", 2, 2));
        var after = Of(Lab01, Passed("F.A", 1), NotStarted("F.B", 2, 2));

        var (text, _, _) = Run(new ScriptedGrading(before, after), Key('r'), WatchEvent.Changed, Key('r'));

        var offer = text.IndexOf("Task 1 passes: " + WatchLoop.ReferenceOffer, StringComparison.Ordinal);
        text.IndexOf("The reference is shown once a task's tests all pass", StringComparison.Ordinal).Should().BeInRange(0, offer,
            "r before the task passes shows nothing");
        text[offer..].Should().Contain("TwoStepRnn.FirstStep").And.Contain("Yours").And.Contain("Reference")
            .And.Contain("public static Matrix<double> FirstStep(");
    }

    [Test]
    public void C_checks_every_lab_and_l_lists_the_labs_tasks()
    {
        var (text, grading, _) = Run(new ScriptedGrading(), Key('l'), Key('c'));

        grading.Calls.Should().Be(1 + LabCatalogue.All.Count);
        text.Should().Contain("Task 3: unroll both steps");
        foreach (var lab in LabCatalogue.All)
            text.Should().Contain(lab.Id);
    }

    [Test]
    public void When_every_task_passes_n_moves_on_to_the_next_lab()
    {
        var done = Of(Lab01, Passed("F.A", 1), Passed("F.B", 2), Passed("F.C", 3));

        var (text, _, input) = Run(new ScriptedGrading(done), Key('n'));

        text.Should().Contain("Every task of Lab01 passes");
        input.Watched.Should().HaveCount(2).And.Subject.Last().Should().EndWith(Path.Combine("exercises", "Lab02.ElmanBptt"));
    }
}
