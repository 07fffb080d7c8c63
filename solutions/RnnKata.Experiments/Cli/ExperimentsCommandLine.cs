using System.CommandLine;
using System.CommandLine.Parsing;
using RnnKata.Catalogue;
using RnnKata.Engine;
using RnnKata.Experiments.Running;

namespace RnnKata.Experiments.Cli;

/// <summary>
/// The command line: <c>&lt;experiment&gt;... [--backend] [--seed] [--seeds] [--quick] [--out] [--json] [--target] [--csv] [--exercise] [--corpus]</c>,
/// parsed with System.CommandLine (help, errors and type conversion come from it).
/// </summary>
public sealed class ExperimentsCommandLine
{
    /// <summary>The word that lists the experiments instead of running them.</summary>
    public const string List = "list";

    /// <summary>The default seed of training experiments (the kata's, as <c>KataRandom</c> uses).</summary>
    public const int DefaultSeed = 42;

    /// <summary>The folder the chapters' images live in, relative to the repository root.</summary>
    public const string ChapterImages = "docs/images";

    /// <summary>Where figures go by default when they must not replace the chapters' images (quick runs, the student's code).</summary>
    public const string ScratchFolder = ".artifacts/experiments";

    /// <summary>The sides <c>--target</c> accepts.</summary>
    public static IReadOnlyList<string> Targets { get; } = ["solutions", "exercises"];

    private readonly Argument<string[]> _experiments = new("experiment")
    {
        Description = $"What to run: {string.Join(", ", ExperimentCatalog.Names)}, or '{List}' to name them",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _backend = new("--backend")
    {
        Description = "Engine backend of the experiments that train on the engine (default: auto = cuda if a GPU is usable, else simd)",
        DefaultValueFactory = _ => "auto",
    };

    private readonly Option<int> _seed = new("--seed")
    {
        Description = $"Seed of the experiments that train (data and initialisation); the chapters' fixed examples keep their given seeds",
        DefaultValueFactory = _ => DefaultSeed,
    };

    private readonly Option<int> _seeds = new("--seeds")
    {
        Description = "Training runs per setting, with seeds --seed, --seed + 1, …: a metric is their median, with the range beside it",
        DefaultValueFactory = _ => 1,
    };

    private readonly Option<bool> _quick = new("--quick")
    {
        Description = "CI-sized: the same experiments with budgets of seconds (numbers not comparable with the chapters')",
    };

    private readonly Option<string?> _output = new("--out")
    {
        Description = $"Folder for the figures. Default: {ChapterImages} (the chapters' images) for a full run against the solutions; " +
                      $"{ScratchFolder}/<target>[-quick] otherwise, so that quick runs and your own code never replace the chapters' images",
    };

    private readonly Option<string?> _json = new("--json")
    {
        Description = "Also write the metrics to this file as JSON: [{experiment, metric, definition, seed, value, lowerIsBetter, seconds, runs, min, max}]",
    };

    private readonly Option<string?> _csv = new("--csv")
    {
        Description = "Lab 6: a CSV of daily closes (Date and Close columns, yyyy-MM-dd) to predict one day ahead instead of the shipped synthetic prices",
    };

    private readonly Option<int[]?> _exercise = new("--exercise")
    {
        Description = "Lab 5: run only these of the seed's exercises (1, 2, 3; repeat the option for several), each with its variants, and no figures",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string?> _corpus = new("--corpus")
    {
        Description = "Lab 8: a UTF-8 text file to learn from instead of the shipped English corpus (exercises/Lab08.CharText/Data/)",
    };

    private readonly Option<string> _target = new("--target")
    {
        Description = "Whose lab code runs: the reference solutions, or your exercises (re-launches with -p:KataTarget=exercises)",
        DefaultValueFactory = _ => "solutions",
    };

    /// <summary>Builds the command; <paramref name="run"/> gets each valid request and returns the exit code.</summary>
    public ExperimentsCommandLine(Func<ExperimentsRequest, int> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _experiments.Validators.Add(ValidateExperiments);
        _backend.AcceptOnlyFromAmong([.. Backends.Names]);
        _target.AcceptOnlyFromAmong([.. Targets]);
        _seed.CustomParser = result => WholeNumber(result, "--seed", minimum: 0, "the seed");
        _seeds.CustomParser = result => WholeNumber(result, "--seeds", minimum: 1, "runs per setting");
        _exercise.Validators.Add(ValidateExercises);
        Command = new RootCommand(
            "Runs the kata's experiments: each draws its chapter's figures, prints every number the chapter states " +
            "beside the original lab's figure, and (with --json) writes them as JSON.")
        {
            _experiments, _backend, _seed, _seeds, _quick, _output, _json, _target, _csv, _exercise, _corpus,
        };
        Command.SetAction(parse => run(Read(parse)));
    }

    /// <summary>The command (parse with <c>Command.Parse(args)</c>, run with <c>.Invoke()</c>).</summary>
    public RootCommand Command { get; }

    /// <summary>The request a parse without errors stands for.</summary>
    /// <exception cref="InvalidOperationException">The parse has errors.</exception>
    public ExperimentsRequest Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.Errors.Count > 0)
            throw new InvalidOperationException("The command line has errors: " + string.Join(" ", parse.Errors.Select(e => e.Message)));
        var names = parse.GetValue(_experiments) ?? [];
        var listOnly = names.Any(n => string.Equals(n, List, StringComparison.OrdinalIgnoreCase));
        var chosen = listOnly ? [] : ExperimentCatalog.Resolve(names).Select(e => e.Name).ToArray();
        var side = parse.GetValue(_target)!;
        var isQuick = parse.GetValue(_quick);
        var settings = new ExperimentSettings(chosen, Backends.Parse(parse.GetValue(_backend)!), parse.GetValue(_seed), parse.GetValue(_seeds),
            isQuick, OutputFolder(parse.GetValue(_output), side, isQuick), parse.GetValue(_json) is { } file ? Path.GetFullPath(file) : null, side)
        {
            PriceCsv = parse.GetValue(_csv) is { } csv ? Path.GetFullPath(csv) : null,
            Lab05Exercises = parse.GetValue(_exercise) is { Length: > 0 } exercises ? exercises.Distinct().Order().ToArray() : null,
            Corpus = parse.GetValue(_corpus) is { } corpus ? Path.GetFullPath(corpus) : null,
        };
        return new ExperimentsRequest(listOnly, settings);
    }

    private static string OutputFolder(string? given, string side, bool isQuick)
    {
        if (given is not null)
            return Path.GetFullPath(given);
        var root = KataPaths.FindRoot();
        return side == "solutions" && !isQuick
            ? Path.Combine(root, ChapterImages)
            : Path.Combine(root, ScratchFolder, side + (isQuick ? "-quick" : string.Empty));
    }

    // System.CommandLine's own message for a bad number names the CLR type; this one says what is wanted.
    private static int WholeNumber(ArgumentResult result, string option, int minimum, string meaning)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (int.TryParse(token, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= minimum)
            return value;
        result.AddError($"{option} must be a whole number of at least {minimum} ({meaning}), not '{token}'.");
        return minimum;
    }

    private static void ValidateExercises(OptionResult result)
    {
        foreach (var token in result.Tokens)
            if (token.Value is not ("1" or "2" or "3"))
                result.AddError($"--exercise must be 1, 2 or 3 (Lab 5's exercises), not '{token.Value}'.");
    }

    private static void ValidateExperiments(ArgumentResult result)
    {
        var names = result.GetValueOrDefault<string[]>() ?? [];
        foreach (var name in names)
        {
            var known = string.Equals(name, List, StringComparison.OrdinalIgnoreCase)
                || ExperimentCatalog.Names.Contains(name, StringComparer.OrdinalIgnoreCase);
            if (!known)
                result.AddError($"Unknown experiment '{name}': choose one of {string.Join(", ", ExperimentCatalog.Names)}, or '{List}'.");
        }
        if (names.Length > 1 && names.Contains(List, StringComparer.OrdinalIgnoreCase))
            result.AddError($"'{List}' names the experiments and runs nothing: give it alone.");
    }
}
