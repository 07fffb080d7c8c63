using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using RnnKata.Grading.FastPath;

namespace RnnKata.Grading;

/// <summary>
/// Parses the grader's command line with System.CommandLine, as the experiments command and the benchmarks do
/// (<c>--name value</c>, <c>--name=value</c>, options repeated). Its errors are turned into one
/// <see cref="OptionsException"/> that names the option; the help text stays <see cref="GradingOptions.Usage"/>,
/// which also documents <c>grade.ps1</c>.
/// </summary>
public static partial class OptionsParser
{
    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="OptionsException">An unknown option, a missing value, a bad value, or options that contradict each other.</exception>
    public static GradingOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var line = new GraderOptions();
        // No response files: an argument starting with @ is a path, not a file of more arguments.
        var parse = line.Command.Parse(args.ToArray(), new ParserConfiguration { ResponseFileTokenReplacer = null });
        ThrowOnFirstError(parse, line);
        return CheckCombination(line.Read(parse));
    }

    private static void ThrowOnFirstError(ParseResult parse, GraderOptions line)
    {
        foreach (var option in line.Command.Options)
        {
            var result = parse.GetResult(option);
            if (result is null)
                continue;
            // System.CommandLine would take "--json --labs" as a json file named "--labs".
            if (option.Arity.MinimumNumberOfValues > 0 && (result.Tokens.Count == 0 || result.Tokens.Any(t => t.Value.StartsWith("--", StringComparison.Ordinal))))
                throw new OptionsException($"Option {option.Name} needs a value.");
        }
        // The tokenizer drops a [directive] the command does not know instead of reporting it.
        var unknown = parse.UnmatchedTokens.Concat(parse.Tokens.Where(t => t.Type == TokenType.Directive).Select(t => t.Value)).FirstOrDefault();
        if (unknown is not null)
            throw new OptionsException($"Unknown option '{unknown}'. Run with --help to see the options.");
        if (parse.Errors.Count > 0)
            throw new OptionsException(parse.Errors[0].Message);
    }

    private static GradingOptions CheckCombination(GradingOptions options)
    {
        if (options.Submissions is not null && options.Submission is not null)
            throw new OptionsException("Use either --submission (one student) or --submissions (a class), not both.");
        if (options.Submissions is null && (options.OutputFolder is not null || options.Force || options.Parallel is not null
                                            || options.LabTimeoutSeconds is not null || options.TestTimeoutSeconds is not null
                                            || options.SubmissionBudgetSeconds is not null || options.Sandbox is not null))
            throw new OptionsException(
                "--out, --force, --parallel, --lab-timeout, --test-timeout, --submission-budget and --sandbox are for grading a class: add --submissions DIR.");
        if (options.Submissions is not null && (options.ResultsJsonPath ?? options.FeedbackPath ?? options.JUnitPath) is not null)
            throw new OptionsException("--results-json, --feedback and --junit are for one submission; a class run writes them per student under --out.");
        return options;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^https://[A-Za-z0-9._~/:%#?=&-]+$")]
    private static partial System.Text.RegularExpressions.Regex SafeUrl();

    /// <summary>The options as System.CommandLine objects; <see cref="Read"/> turns a parse into <see cref="GradingOptions"/>.</summary>
    private sealed class GraderOptions
    {
        private readonly Option<bool> _help = new("--help", "-h", "-?", "/?") { Arity = ArgumentArity.Zero };
        private readonly Option<KataTarget> _target = new("--target") { CustomParser = r => Choice(r, "--target", Targets) };
        private readonly Option<string[]> _labs = new("--labs") { Arity = ArgumentArity.OneOrMore };
        private readonly Option<string?> _submission = Path("--submission"), _json = Path("--json"), _resultsJson = Path("--results-json"),
            _feedback = Path("--feedback"), _junit = Path("--junit"), _submissions = Path("--submissions"), _output = Path("--out"),
            _hiddenTests = Path("--hidden-tests"), _gradingFile = Path("--grading-file");
        private readonly Option<bool> _force = new("--force") { Arity = ArgumentArity.Zero };
        private readonly Option<int?> _parallel = Count("--parallel", 64), _labTimeout = Count("--lab-timeout", 24 * 3600),
            _testTimeout = Count("--test-timeout", 24 * 3600), _submissionBudget = Count("--submission-budget", 7 * 24 * 3600);
        private readonly Option<SandboxMode?> _sandbox = new("--sandbox") { CustomParser = r => Choice(r, "--sandbox", Sandboxes) };
        private readonly Option<string?> _docsUrl = new("--docs-url") { CustomParser = DocsUrl };

        private static readonly Dictionary<string, KataTarget> Targets = new(StringComparer.OrdinalIgnoreCase)
        {
            ["exercises"] = KataTarget.Exercises, ["solutions"] = KataTarget.Solutions,
        };

        private static readonly Dictionary<string, SandboxMode?> Sandboxes = new(StringComparer.OrdinalIgnoreCase)
        {
            ["auto"] = SandboxMode.Auto, ["required"] = SandboxMode.Required, ["off"] = SandboxMode.Off,
        };

        public GraderOptions()
        {
            Command = new RootCommand();
            // The root command's own --help and --version and its [directives] are not the grader's.
            Command.Options.Clear();
            Command.Directives.Clear();
            foreach (var option in new Option[]
                     {
                         _help, _target, _labs, _submission, _json, _resultsJson, _feedback, _junit, _submissions, _output, _hiddenTests,
                         _gradingFile, _force, _parallel, _labTimeout, _testTimeout, _submissionBudget, _sandbox, _docsUrl,
                     })
                Command.Options.Add(option);
        }

        public RootCommand Command { get; }

        public GradingOptions Read(ParseResult parse) => new GradingOptions(
            parse.GetValue(_target),
            parse.GetValue(_submission),
            (parse.GetValue(_labs) ?? [])
                .SelectMany(list => list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            parse.GetValue(_json),
            parse.GetValue(_help))
        {
            ResultsJsonPath = parse.GetValue(_resultsJson),
            FeedbackPath = parse.GetValue(_feedback),
            JUnitPath = parse.GetValue(_junit),
            Submissions = parse.GetValue(_submissions),
            OutputFolder = parse.GetValue(_output),
            HiddenTests = parse.GetValue(_hiddenTests),
            GradingFile = parse.GetValue(_gradingFile),
            Force = parse.GetValue(_force),
            Parallel = parse.GetValue(_parallel),
            LabTimeoutSeconds = parse.GetValue(_labTimeout),
            TestTimeoutSeconds = parse.GetValue(_testTimeout),
            SubmissionBudgetSeconds = parse.GetValue(_submissionBudget),
            Sandbox = parse.GetValue(_sandbox),
            DocsUrl = parse.GetValue(_docsUrl),
        };

        // An https address of the kata's root, put before rule pages' paths in feedback links: nothing Markdown could read as more.
        private static string? DocsUrl(ArgumentResult result)
        {
            var url = Token(result) ?? "";
            if (!SafeUrl().IsMatch(url))
                return Error<string?>(result, $"--docs-url must be an https address of the kata's root (letters, digits and -._~/:%#?=&), not '{url}'.");
            return url.EndsWith('/') ? url : url + "/";
        }

        // A path typed by the user, kept as typed; a blank one counts as missing.
        private static Option<string?> Path(string name) => new(name)
        {
            CustomParser = r => Token(r) is { } text && !string.IsNullOrWhiteSpace(text) ? text : Error<string?>(r, $"Option {name} needs a value."),
        };

        // System.CommandLine's own message for a bad number names the CLR type; this one says what is wanted.
        private static Option<int?> Count(string name, int max) => new(name)
        {
            CustomParser = r => int.TryParse(Token(r), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max
                ? n
                : Error<int?>(r, $"{name} must be a whole number from 1 to {max}, not '{Token(r)}'."),
        };

        private static T Choice<T>(ArgumentResult result, string name, Dictionary<string, T> choices) =>
            choices.TryGetValue(Token(result) ?? string.Empty, out var value)
                ? value
                : Error<T>(result, $"{name} must be {Alternatives(choices.Keys)}, not '{Token(result)}'.");

        private static string Alternatives(IEnumerable<string> names)
        {
            var quoted = names.Select(n => $"'{n}'").ToArray();
            return quoted.Length == 2 ? $"{quoted[0]} or {quoted[1]}" : $"{string.Join(", ", quoted[..^1])} or {quoted[^1]}";
        }

        private static string? Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;

        private static T Error<T>(ArgumentResult result, string message)
        {
            result.AddError(message);
            return default!;
        }
    }
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class OptionsException(string message) : Exception(message);
