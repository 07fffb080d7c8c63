using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace RnnKata.Grading.Bench;

/// <summary>What the class-grading benchmark runs.</summary>
/// <param name="Sizes">The class sizes to generate and grade, in order.</param>
/// <param name="Parallel">Submissions graded at a time.</param>
/// <param name="Keep">Where to leave the generated classes and their reports; null deletes them.</param>
/// <param name="Copies">With a size: only the copy-detection benchmark, on a generated class of that size.</param>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Parallel, string? Keep, int? Copies = null);

/// <summary>
/// The benchmark's command line, parsed with System.CommandLine as the experiments command is:
/// <c>dotnet run -c Release --project tests/RnnKata.Grading.Bench -- [--sizes 10,30] [--parallel N] [--keep DIR] [--copies N]</c>.
/// </summary>
internal sealed class BenchCommandLine
{
    private static readonly int[] DefaultSizes = [10, 30];

    private readonly Option<int[]> _sizes = new("--sizes")
    {
        HelpName = "10,30",
        Arity = ArgumentArity.ExactlyOne,
        Description = $"Class sizes to generate and grade, one run each (default {string.Join(',', DefaultSizes)})",
        CustomParser = result => Counts(result, "--sizes"),
    };

    private readonly Option<int> _parallel = new("--parallel")
    {
        HelpName = "N",
        Description = "Submissions graded at a time",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = result => Counts(result, "--parallel", single: true).FirstOrDefault(),
    };

    private readonly Option<string?> _keep = new("--keep")
    {
        HelpName = "DIR",
        Description = "Leave the generated classes and their reports in DIR (default: a temporary folder, deleted at the end)",
    };

    private readonly Option<int?> _copies = new("--copies")
    {
        HelpName = "N",
        Description = "Only compare a generated class of N submissions for copies, and time it (no grading)",
        CustomParser = result => Counts(result, "--copies", single: true).FirstOrDefault(),
    };

    /// <summary>Builds the command; <paramref name="run"/> gets the options of a valid command line and returns the exit code.</summary>
    public BenchCommandLine(Func<BenchOptions, int> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Command = new RootCommand(
            "The class-grading benchmark: grades generated classes of several sizes with the real grader, checks every " +
            "student's total (exit code 3 if one is wrong) and prints seconds per submission.")
        {
            _sizes, _parallel, _keep, _copies,
        };
        // No DefaultValueFactory for --sizes: the help would print the list as "10|30".
        Command.SetAction(parse => run(new BenchOptions(
            parse.GetValue(_sizes) ?? DefaultSizes, parse.GetValue(_parallel), parse.GetValue(_keep), parse.GetValue(_copies))));
    }

    /// <summary>The command (parse with <c>Command.Parse(args)</c>, run with <c>.Invoke()</c>).</summary>
    public RootCommand Command { get; }

    // Whole numbers ≥ 1, separated by commas (one alone when single); System.CommandLine's own message would name the CLR type.
    private static int[] Counts(ArgumentResult result, string option, bool single = false)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var counts = parts.Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 0).ToArray();
        if ((single && counts.Length != 1) || counts.Contains(0))
            result.AddError(single ? $"{option} needs a whole number ≥ 1, not '{text}'." : $"{option} needs whole numbers ≥ 1 separated by commas, not '{text}'.");
        return counts;
    }
}
