namespace RnnKata.Grading;

/// <summary>Parses the grader's command line (<c>--name value</c> or <c>--name=value</c>).</summary>
public static class OptionsParser
{
    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="OptionsException">An unknown option, a missing value, or a bad target.</exception>
    public static GradingOptions Parse(IReadOnlyList<string> args)
    {
        var options = new GradingOptions();
        var labs = new List<string>();

        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            string Value() => inlineValue ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new OptionsException($"Option {name} needs a value."));

            switch (name)
            {
                case "-h" or "--help" or "-?" or "/?":
                    options = options with { ShowHelp = true };
                    break;
                case "--target":
                    options = options with { Target = ParseTarget(Value()) };
                    break;
                case "--submission":
                    options = options with { Submission = NotBlank(name, Value()) };
                    break;
                case "--labs":
                    labs.AddRange(Value().Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--json":
                    options = options with { JsonPath = NotBlank(name, Value()) };
                    break;
                case "--results-json":
                    options = options with { ResultsJsonPath = NotBlank(name, Value()) };
                    break;
                case "--feedback":
                    options = options with { FeedbackPath = NotBlank(name, Value()) };
                    break;
                case "--junit":
                    options = options with { JUnitPath = NotBlank(name, Value()) };
                    break;
                case "--submissions":
                    options = options with { Submissions = NotBlank(name, Value()) };
                    break;
                case "--out":
                    options = options with { OutputFolder = NotBlank(name, Value()) };
                    break;
                case "--hidden-tests":
                    options = options with { HiddenTests = NotBlank(name, Value()) };
                    break;
                case "--grading-file":
                    options = options with { GradingFile = NotBlank(name, Value()) };
                    break;
                case "--force":
                    options = options with { Force = true };
                    break;
                case "--parallel":
                    options = options with { Parallel = PositiveInt(name, Value(), 64) };
                    break;
                case "--lab-timeout":
                    options = options with { LabTimeoutSeconds = PositiveInt(name, Value(), 24 * 3600) };
                    break;
                case "--test-timeout":
                    options = options with { TestTimeoutSeconds = PositiveInt(name, Value(), 24 * 3600) };
                    break;
                case "--submission-budget":
                    options = options with { SubmissionBudgetSeconds = PositiveInt(name, Value(), 7 * 24 * 3600) };
                    break;
                case "--sandbox":
                    options = options with { Sandbox = ParseSandbox(Value()) };
                    break;
                default:
                    throw new OptionsException($"Unknown option '{args[i]}'. Run with --help to see the options.");
            }
        }

        if (options.Submissions is not null && options.Submission is not null)
            throw new OptionsException("Use either --submission (one student) or --submissions (a class), not both.");
        if (options.Submissions is null && (options.OutputFolder is not null || options.Force || options.Parallel is not null
                                            || options.LabTimeoutSeconds is not null || options.TestTimeoutSeconds is not null
                                            || options.SubmissionBudgetSeconds is not null || options.Sandbox is not null))
            throw new OptionsException(
                "--out, --force, --parallel, --lab-timeout, --test-timeout, --submission-budget and --sandbox are for grading a class: add --submissions DIR.");
        if (options.Submissions is not null && (options.ResultsJsonPath ?? options.FeedbackPath ?? options.JUnitPath) is not null)
            throw new OptionsException("--results-json, --feedback and --junit are for one submission; a class run writes them per student under --out.");
        return options with { Labs = labs.Distinct(StringComparer.OrdinalIgnoreCase).ToArray() };
    }

    private static int PositiveInt(string name, string value, int max) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max
            ? n
            : throw new OptionsException($"{name} must be a whole number from 1 to {max}, not '{value}'.");

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (arg[..equals], arg[(equals + 1)..])
            : (arg, null);
    }

    private static KataTarget ParseTarget(string value) => value.ToLowerInvariant() switch
    {
        "exercises" => KataTarget.Exercises,
        "solutions" => KataTarget.Solutions,
        _ => throw new OptionsException($"--target must be 'exercises' or 'solutions', not '{value}'."),
    };

    private static FastPath.SandboxMode ParseSandbox(string value) => value.ToLowerInvariant() switch
    {
        "auto" => FastPath.SandboxMode.Auto,
        "required" => FastPath.SandboxMode.Required,
        "off" => FastPath.SandboxMode.Off,
        _ => throw new OptionsException($"--sandbox must be 'auto', 'required' or 'off', not '{value}'."),
    };

    private static string NotBlank(string name, string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new OptionsException($"Option {name} needs a value.") : value;
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class OptionsException(string message) : Exception(message);
