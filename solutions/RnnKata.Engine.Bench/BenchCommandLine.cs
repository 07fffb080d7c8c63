using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace RnnKata.Engine.Bench;

/// <summary>
/// The benchmark's command line, parsed with System.CommandLine as the experiments command is
/// (help, errors and the option list come from it): <c>dotnet run -c Release --project
/// solutions/RnnKata.Engine.Bench -- [options]</c>, <c>-h</c> lists them.
/// </summary>
internal sealed class BenchCommandLine
{
    private static readonly BenchOptions Defaults = new();

    private readonly Option<BackendKind?> _backend = new("--backend")
    {
        HelpName = "NAME",
        Description = $"{string.Join(" | ", Backends.Names)} (default: {Backends.EnvironmentVariable}, else auto); " +
                      "ilgpu-cpu is a correctness check: seconds per iteration, use --only",
        CustomParser = result => Parsed(result, Backends.Parse),
    };

    private readonly Option<string[]> _only = new("--only")
    {
        HelpName = "A,C",
        Arity = ArgumentArity.ExactlyOne,
        Description = "Configurations to run (default A-G; H is added on CUDA)",
        CustomParser = result => Parsed(result, text => SplitList(text).Select(name => BenchmarkCatalogue.Get(name).Name).ToArray()),
    };

    private readonly Option<int> _rounds = new("--rounds")
    {
        HelpName = "N",
        Description = "Timed rounds per configuration",
        DefaultValueFactory = _ => Defaults.Rounds,
        CustomParser = result => Parsed(result, text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n : throw new ArgumentException($"--rounds needs a whole number ≥ 1, not '{text}'.")),
    };

    private readonly Option<double> _seconds = Seconds("--seconds", "Timed seconds per configuration and round", Defaults.Seconds);
    private readonly Option<double> _warmup = Seconds("--warmup", "Warm-up seconds in the first round", Defaults.Warmup);

    private readonly Option<bool> _quick = new("--quick")
    {
        Description = $"One short round: --rounds {BenchOptions.Quick.Rounds} --seconds {Invariant(BenchOptions.Quick.Seconds)} " +
                      $"--warmup {Invariant(BenchOptions.Quick.Warmup)} (any of the three given as well wins)",
    };

    private readonly Option<int[]> _threads = new("--threads")
    {
        HelpName = "2[,1]",
        Arity = ArgumentArity.ExactlyOne,
        Description = "SIMD threads, one run per value",
        DefaultValueFactory = _ => [.. Defaults.Threads],
        CustomParser = result => Parsed(result, text => SplitList(text).Select(t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n : throw new ArgumentException($"--threads: '{t}' is not a positive count.")).ToArray()),
    };

    private readonly Option<double> _quietWait = Seconds("--quiet-wait", "Wait at most S seconds for a quiet machine before each measurement", Defaults.QuietWait);
    private readonly Option<double> _quietBudget = Seconds("--quiet-budget", "Stop waiting once the waits add up to S seconds", Defaults.QuietBudget);

    private readonly Option<bool> _noGemm = new("--no-gemm") { Description = "Skip the GEMM line" };

    private readonly Option<string?> _peerTable = new("--peer-table")
    {
        HelpName = "FILE",
        Description = "peer-bench's output: print its figures and the ratios next to ours",
    };

    private readonly Option<bool> _cudnn = new("--cudnn")
    {
        Description = "Print the table beside issue 15's cuDNN figures (H100), for docs/engine.md",
    };

    /// <summary>Builds the command; <paramref name="run"/> gets the options of a valid command line and returns the exit code.</summary>
    public BenchCommandLine(Func<BenchOptions, int> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Command = new RootCommand(
            "The engine's benchmark: one full training iteration of each configuration A-H, timed as peer-bench times PyTorch, plus a GEMM line.")
        {
            _backend, _only, _rounds, _seconds, _warmup, _quick, _threads, _quietWait, _quietBudget, _noGemm, _peerTable, _cudnn,
        };
        Command.SetAction(parse => run(Read(parse)));
    }

    /// <summary>The command (parse with <c>Command.Parse(args)</c>, run with <c>.Invoke()</c>).</summary>
    public RootCommand Command { get; }

    /// <summary>The options a parse without errors stands for.</summary>
    /// <exception cref="InvalidOperationException">The parse has errors.</exception>
    public BenchOptions Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.Errors.Count > 0)
            throw new InvalidOperationException("The command line has errors: " + string.Join(" ", parse.Errors.Select(e => e.Message)));
        var isQuick = parse.GetValue(_quick);
        T Timing<T>(Option<T> option, T quickValue) => isQuick && parse.GetResult(option) is null or { Implicit: true } ? quickValue : parse.GetValue(option)!;
        return new BenchOptions
        {
            Backend = parse.GetValue(_backend),
            Only = parse.GetValue(_only) ?? [],
            Rounds = Timing(_rounds, BenchOptions.Quick.Rounds),
            Seconds = Timing(_seconds, BenchOptions.Quick.Seconds),
            Warmup = Timing(_warmup, BenchOptions.Quick.Warmup),
            Threads = parse.GetValue(_threads)!,
            QuietWait = parse.GetValue(_quietWait),
            QuietBudget = parse.GetValue(_quietBudget),
            Gemm = !parse.GetValue(_noGemm),
            PeerTable = parse.GetValue(_peerTable),
            Cudnn = parse.GetValue(_cudnn),
        };
    }

    private static Option<double> Seconds(string name, string description, double defaultValue) => new(name)
    {
        HelpName = "S",
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => Parsed(result, text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v : throw new ArgumentException($"{name} needs a number ≥ 0, not '{text}'.")),
    };

    // Converts the option's last value; a bad one becomes a parse error with the converter's reason.
    private static T? Parsed<T>(ArgumentResult result, Func<string, T> convert)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        try
        {
            return convert(text);
        }
        catch (ArgumentException e)
        {
            result.AddError(WithoutParameterName(e));
            return default;
        }
    }

    // "Unknown backend 'x': … (Parameter 'name')": the parameter is the converter's, not the user's.
    private static string WithoutParameterName(ArgumentException e) =>
        e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;

    private static string[] SplitList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
