using System.Text.RegularExpressions;
using RnnKata.Catalogue;
using RnnKata.Grading;
using RnnKata.Kata.Progress;
using RnnKata.Kata.Reference;
using RnnKata.Kata.Views;
using Spectre.Console;

namespace RnnKata.Kata.Watching;

/// <summary>
/// <c>watch</c>: grades the lab, shows its screen, and then at every save of the lab's files grades it again; keys
/// n (next task), h (hint, one level more each press), l (list the lab's tasks), c (check all labs), r (the reference
/// solution's version of a task that passes, beside yours), q (quit).
/// </summary>
public sealed partial class WatchLoop(KataContext context, IWatchInput input)
{
    /// <summary>What the screen offers once a task passes.</summary>
    public const string ReferenceOffer = "press r to compare your code with the reference solution";

    private readonly Dictionary<(string Lab, int Task), HashSet<string>> _methods = [];
    private Lab _lab = null!;
    private LabProgress _progress = null!;
    private TimeSpan _elapsed;
    private int? _shown;
    private int _hintLevel;
    private TaskProgress? _justPassed;

    /// <summary>Runs until q or the end of the input; returns the exit code (0).</summary>
    public int Run(Lab lab, CancellationToken cancellationToken)
    {
        Switch(lab, cancellationToken);
        while (input.Next(cancellationToken) is { } next)
        {
            switch (next.Key)
            {
                case null:
                    Regrade(cancellationToken);
                    break;
                case 'q':
                    return 0;
                case 'n':
                    NextTask(cancellationToken);
                    break;
                case 'h':
                    Draw();
                    if (ShownTask() is { Number: { } number } task)
                        _hintLevel = Math.Max(1, HintView.Write(context.Console, _lab, context.Hints(_lab), Heading(task), number, _hintLevel + 1));
                    break;
                case 'l':
                    context.Console.Clear();
                    StatusView.Write(context.Console, [_progress]);
                    WriteKeys();
                    break;
                case 'c':
                    context.Console.Clear();
                    StatusView.Write(context.Console, context.Labs.Select(l => context.Progress(l, cancellationToken).Progress).ToArray());
                    WriteKeys();
                    break;
                case 'r':
                    ShowReference();
                    break;
            }
        }
        return 0;
    }

    private void Switch(Lab lab, CancellationToken cancellationToken)
    {
        _lab = lab;
        context.Remember(lab);
        input.Watch(Path.Combine(context.Root, "exercises", lab.Project));
        _shown = null;
        _justPassed = null;
        Regrade(cancellationToken);
    }

    private void Regrade(CancellationToken cancellationToken)
    {
        var before = _progress?.Lab == _lab ? _progress : null;
        (_progress, _elapsed) = context.Progress(_lab, cancellationToken);
        LearnMethods(_progress);
        var passedNow = _progress.ChapterTasks.FirstOrDefault(t => t.State == TaskState.Passed
            && before?.ChapterTasks.FirstOrDefault(b => b.Number == t.Number)?.State is not TaskState.Passed and not null);
        _justPassed = passedNow ?? _justPassed;
        if (passedNow is not null || ShownTask()?.State == TaskState.Passed)
        {
            _shown = null;
            _hintLevel = 0;
        }
        Draw();
    }

    private void NextTask(CancellationToken cancellationToken)
    {
        var tasks = _progress.ChapterTasks;
        if (tasks.Count > 0 && tasks.All(t => t.State == TaskState.Passed)
            && context.Labs.SkipWhile(l => l != _lab).Skip(1).FirstOrDefault() is { } nextLab)
        {
            Switch(nextLab, cancellationToken);
            return;
        }
        var current = ShownTask();
        var index = tasks.ToList().FindIndex(t => t.Number == current?.Number);
        _shown = tasks.Count == 0 ? null : tasks[(index + 1) % tasks.Count].Number;
        _hintLevel = 0;
        Draw();
    }

    private TaskProgress? ShownTask() =>
        _shown is { } number ? _progress.Tasks.FirstOrDefault(t => t.Number == number) : _progress.Current;

    private ChapterTask? Heading(TaskProgress task) =>
        task.Number is { } number ? new ChapterTask(number, task.Title, task.Link) : null;

    private void Draw()
    {
        context.Console.Clear();
        WatchScreen.Write(context.Console, _progress, ShownTask(), _elapsed);
        if (_justPassed is { Number: { } number } passed)
            context.Console.MarkupLine($"[green]Task {number} passes:[/] {ReferenceOffer}" +
                                       (Methods(number).Count == 0 ? " (no method is known for it)." : $" ({string.Join(", ", Methods(number))})."));
        WriteKeys();
    }

    private void WriteKeys() =>
        context.Console.MarkupLine("[grey]n next task · h hint · l list · c check all labs · r reference · q quit · saving a file reruns the lab[/]");

    private void ShowReference()
    {
        var task = _justPassed ?? (ShownTask() is { State: TaskState.Passed } shown ? shown : null);
        if (task?.Number is not { } number || _progress.Tasks.FirstOrDefault(t => t.Number == number)?.State != TaskState.Passed)
        {
            context.Console.MarkupLine("[yellow]The reference is shown once a task's tests all pass.[/]");
            return;
        }
        context.Console.Clear();
        foreach (var method in Methods(number))
        {
            var yours = MethodSource.Find(Path.Combine(context.Root, "exercises", _lab.Project), method);
            var reference = MethodSource.Find(Path.Combine(context.Root, "solutions", _lab.Project), method);
            ReferenceView.Write(context.Console, method, yours, reference);
        }
        WriteKeys();
    }

    /// <summary>The methods a task asks for: its hints' <c>Methods:</c> line, and the stubs its tests reached this session.</summary>
    private IReadOnlyList<string> Methods(int task)
    {
        var known = new SortedSet<string>(context.Hints(_lab).Methods(task), StringComparer.Ordinal);
        if (_methods.TryGetValue((_lab.Id, task), out var seen))
            known.UnionWith(seen);
        return known.ToArray();
    }

    private void LearnMethods(LabProgress progress)
    {
        foreach (var task in progress.ChapterTasks)
        {
            foreach (var test in task.Tests.Where(t => t.Outcome == TestOutcome.NotStarted && t.Message is not null))
            {
                var match = StubMessage().Match(test.Message!);
                if (!match.Success)
                    continue;
                if (!_methods.TryGetValue((progress.Lab.Id, task.Number!.Value), out var set))
                    _methods[(progress.Lab.Id, task.Number!.Value)] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(match.Groups["method"].Value);
            }
        }
    }

    // A stub's message: "Implement TwoStepRnn.FirstStep — see docs/…".
    [GeneratedRegex(@"Implement (?<method>[A-Za-z_][\w]*\.[A-Za-z_]\w*)")]
    private static partial Regex StubMessage();
}
