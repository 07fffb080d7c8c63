using RnnKata.Catalogue;
using RnnKata.Grading;
using RnnKata.Kata.Grading;
using Spectre.Console;

[assembly: Category("Kata")]

namespace RnnKata.Kata.Tests;

/// <summary>A console that writes plain text (no colours, no ANSI) into a string, wide enough for one finding a line.</summary>
internal sealed class TextConsole
{
    private readonly StringWriter _writer = new();

    public TextConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });
        Console.Profile.Width = 400;
    }

    public IAnsiConsole Console { get; }

    public string Text => _writer.ToString();
}

/// <summary>A grading that hands out prepared results per lab, in turn (the last one repeats); a lab without any is not started.</summary>
internal sealed class ScriptedGrading(params LabResult[] results) : ILabGrading
{
    private readonly Dictionary<string, Queue<LabResult>> _byLab =
        results.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => new Queue<LabResult>(g));

    public IReadOnlyList<string> Findings { get; init; } = [];

    public int Calls { get; private set; }

    public LabRun Grade(Lab lab, CancellationToken cancellationToken)
    {
        Calls++;
        var result = _byLab.TryGetValue(lab.Id, out var queue)
            ? queue.Count > 1 ? queue.Dequeue() : queue.Peek()
            : Scoring.Unscored(lab, LabStatus.NotStarted, []);
        return new LabRun(result, Findings, TimeSpan.FromSeconds(1));
    }
}

/// <summary>Results to grade with.</summary>
internal static class Results
{
    public static Lab Lab01 => LabCatalogue.All.Single(l => l.Id == "Lab01");

    public static string Root => KataPaths.FindRoot();

    public static TestResult Passed(string name, int? task) => new($"RnnKata.Lab01.Tests.{name}", TestOutcome.Passed, null) { Task = task };

    public static TestResult Failed(string name, int? task, string message) =>
        new($"RnnKata.Lab01.Tests.{name}", TestOutcome.Failed, message) { Task = task };

    public static TestResult NotStarted(string name, int? task, int linkedTask) =>
        new($"RnnKata.Lab01.Tests.{name}", TestOutcome.NotStarted,
            $"{GradingContract.NotStartedPrefix} Implement task {linkedTask} — see docs/01-two-step-rnn.md#task-{linkedTask}-x")
        { Task = task };

    public static LabResult Of(Lab lab, params TestResult[] tests) => Scoring.Score(lab, tests);
}

/// <summary>A copy of the parts of the kata the front door reads (docs, the labs' exercises, Lab 1's reference), so that
/// a test may write (the remembered lab) without touching the real kata. Deleted on dispose.</summary>
internal sealed class TempKata : IDisposable
{
    public TempKata()
    {
        Root = Path.Combine(Path.GetTempPath(), "rnnkata-kata-tests", Guid.NewGuid().ToString("N"));
        var parts = new[] { "docs", $"solutions/{Results.Lab01.Project}" }.Concat(LabCatalogue.All.Select(l => $"exercises/{l.Project}"));
        foreach (var relative in parts)
            CopyFolder(Path.Combine(Results.Root, relative), Path.Combine(Root, relative));
    }

    public string Root { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
