using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace RnnKata.Kata;

/// <summary>What the student asked for.</summary>
public abstract record KataRequest;

/// <summary><c>status</c>: every lab, every task.</summary>
public sealed record StatusRequest : KataRequest;

/// <summary><c>watch [--lab LabNN] [--once]</c>.</summary>
/// <param name="Lab">The lab to watch; null: the one watched last, else the first.</param>
/// <param name="Once">Print the screen once and exit (CI).</param>
public sealed record WatchRequest(string? Lab, bool Once) : KataRequest;

/// <summary><c>hint LAB TASK [--level 1|2|3]</c>.</summary>
public sealed record HintRequest(string Lab, int Task, int Level) : KataRequest;

/// <summary>
/// The front door's command line, parsed with System.CommandLine as the grader's and the experiments' are:
/// <c>status</c>, <c>watch [--lab LabNN] [--once]</c>, <c>hint LAB TASK [--level N]</c>. Help and errors come from it.
/// </summary>
public sealed class KataCommandLine
{
    private readonly Option<string?> _lab = new("--lab") { Description = "The lab to watch (Lab01, or 1); default: the lab watched last, else Lab 1" };
    private readonly Option<bool> _once = new("--once") { Description = "Print the screen once and exit (what CI runs)" };
    private readonly Argument<string> _hintLab = new("lab") { Description = "The lab: Lab01, or 1" };
    private readonly Argument<int> _hintTask = new("task") { Description = "The chapter's task number (its '## Task N' heading)" };
    private readonly Option<int> _level = new("--level")
    {
        Description = "1 the idea, 2 the shape, 3 the usual mistake (never the solution's line)",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>Builds the command; <paramref name="run"/> gets each valid request and returns the exit code.</summary>
    public KataCommandLine(Func<KataRequest, int> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _hintTask.CustomParser = result => Positive(result, "task");
        _level.CustomParser = result => Positive(result, "--level");
        var status = new Command("status", "Every lab and every task: passed, failing or not started, with a progress bar per lab");
        status.SetAction(_ => run(new StatusRequest()));
        var watch = new Command("watch", "Rebuild and rerun the lab you work on at every save; keys: n next task, h hint, l list, " +
                                         "c check all labs, r reference (once the task passes), q quit")
        {
            _lab, _once,
        };
        watch.SetAction(parse => run(new WatchRequest(parse.GetValue(_lab), parse.GetValue(_once))));
        var hint = new Command("hint", "A hint for a task, one level at a time") { _hintLab, _hintTask, _level };
        hint.SetAction(parse => run(new HintRequest(parse.GetValue(_hintLab)!, parse.GetValue(_hintTask), parse.GetValue(_level))));
        Command = new RootCommand("RnnKata, the student's front door: where you stand, a fast loop, hints.") { status, watch, hint };
    }

    /// <summary>The command (parse with <c>Command.Parse(args)</c>, run with <c>.Invoke()</c>).</summary>
    public RootCommand Command { get; }

    private static int Positive(ArgumentResult result, string name)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            return value;
        result.AddError($"{name} must be a whole number from 1, not '{token}'.");
        return 1;
    }
}
