using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RnnKata.Catalogue;
using RnnKata.Kata.Progress;

namespace RnnKata.Kata.Hints;

/// <summary>
/// A lab's hints. They are written in <c>docs/hints/&lt;chapter file&gt;</c> (<c>docs/hints/01-two-step-rnn.md</c>), one
/// <c>## Task N</c> section per task, an optional <c>Methods: Type.Method, …</c> line, and one <c>### title</c>
/// section per level (the idea, the shape, the usual mistake). A task without written hints gets one level: the
/// chapter's own <c>## Hints</c> section for it.
/// </summary>
public sealed partial class HintBook
{
    /// <summary>The folder of the hint files, relative to the repository root.</summary>
    public const string Folder = "docs/hints";

    private readonly IReadOnlyDictionary<int, TaskHints> _written;
    private readonly string _chapterPath;

    private HintBook(IReadOnlyDictionary<int, TaskHints> written, string chapterPath)
    {
        _written = written;
        _chapterPath = chapterPath;
    }

    /// <summary>The hint file of <paramref name="lab"/>, relative to the repository root.</summary>
    public static string FileOf(Lab lab) => $"{Folder}/{Path.GetFileName(lab.Chapter)}";

    /// <summary>Reads <paramref name="lab"/>'s hint file (none: no written hints) and notes its chapter.</summary>
    /// <exception cref="FormatException">The hint file is malformed (the message names the line).</exception>
    public static HintBook Load(string root, Lab lab)
    {
        var path = Path.Combine(root, FileOf(lab));
        var written = File.Exists(path) ? Parse(File.ReadAllLines(path), FileOf(lab)) : new Dictionary<int, TaskHints>();
        return new HintBook(written, Path.Combine(root, lab.Chapter));
    }

    /// <summary>The written hints of every task that has them.</summary>
    public IReadOnlyDictionary<int, TaskHints> Written => _written;

    /// <summary>The hint levels of <paramref name="task"/>: the written ones, else the chapter's hint section as
    /// level 1, else none.</summary>
    public IReadOnlyList<Hint> Levels(int task)
    {
        if (_written.TryGetValue(task, out var hints))
            return hints.Levels;
        return Chapter.HintSection(_chapterPath, task) is { } section ? [new Hint("From the chapter's hints", section)] : [];
    }

    /// <summary>The methods <paramref name="task"/> asks for, as its hints name them (empty when not written).</summary>
    public IReadOnlyList<string> Methods(int task) => _written.TryGetValue(task, out var hints) ? hints.Methods : [];

    /// <summary>Parses a hint file's lines.</summary>
    /// <exception cref="FormatException">A level before any task, a task twice, or a task without levels.</exception>
    public static IReadOnlyDictionary<int, TaskHints> Parse(IReadOnlyList<string> lines, string fileName)
    {
        var tasks = new Dictionary<int, TaskHints>();
        int? task = null;
        var methods = new List<string>();
        var levels = new List<Hint>();
        string? levelTitle = null;
        var text = new StringBuilder();

        void EndLevel()
        {
            if (levelTitle is not null)
                levels.Add(new Hint(levelTitle, text.ToString().Trim()));
            levelTitle = null;
            text.Clear();
        }

        void EndTask(int line)
        {
            EndLevel();
            if (task is { } number)
            {
                if (levels.Count == 0)
                    throw new FormatException($"{fileName}: task {number} (before line {line}) has no hint levels (### headings).");
                tasks[number] = new TaskHints(number, [.. methods], [.. levels]);
            }
            methods.Clear();
            levels.Clear();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TaskHeading().Match(line) is { Success: true } heading)
            {
                EndTask(i + 1);
                var number = int.Parse(heading.Groups["number"].Value, CultureInfo.InvariantCulture);
                if (tasks.ContainsKey(number))
                    throw new FormatException($"{fileName}, line {i + 1}: task {number} has hints twice.");
                task = number;
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (task is null)
                    throw new FormatException($"{fileName}, line {i + 1}: a hint level (###) before any '## Task N' heading.");
                EndLevel();
                levelTitle = line[4..].Trim();
            }
            else if (task is not null && levelTitle is null && line.StartsWith("Methods:", StringComparison.Ordinal))
            {
                methods.AddRange(line["Methods:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(m => m.Trim('`')));
            }
            else if (levelTitle is not null)
            {
                text.AppendLine(line);
            }
        }
        EndTask(lines.Count + 1);
        return tasks;
    }

    [GeneratedRegex(@"^## Task (?<number>\d+)\b")]
    private static partial Regex TaskHeading();
}
