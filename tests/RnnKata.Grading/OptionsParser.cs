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
                default:
                    throw new OptionsException($"Unknown option '{args[i]}'. Run with --help to see the options.");
            }
        }

        return options with { Labs = labs.Distinct(StringComparer.OrdinalIgnoreCase).ToArray() };
    }

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

    private static string NotBlank(string name, string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new OptionsException($"Option {name} needs a value.") : value;
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class OptionsException(string message) : Exception(message);
