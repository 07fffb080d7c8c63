using System.Text;
using System.Text.RegularExpressions;

namespace RnnKata.Grading;

/// <summary>
/// Hints that name the grader's options (<c>--force re-grades</c>, <c>add --submissions DIR</c>) name
/// <c>grade.ps1</c>'s parameters instead (<c>-Force</c>, <c>-Submissions</c>) when <c>grade.ps1</c> runs the grader:
/// the script sets <see cref="FrontVariable"/> to <c>powershell</c>, and the grader's console writers pass through
/// <see cref="Writer"/>.
/// </summary>
public static partial class PowerShellHints
{
    /// <summary>The environment variable <c>grade.ps1</c> sets to <c>powershell</c> before it runs the grader.</summary>
    public const string FrontVariable = "RNNKATA_GRADE_FRONT";

    /// <summary>True when this process was started by <c>grade.ps1</c>.</summary>
    public static bool FromEnvironment() =>
        string.Equals(Environment.GetEnvironmentVariable(FrontVariable), "powershell", StringComparison.OrdinalIgnoreCase);

    /// <summary><paramref name="text"/> with every grader option spelled as <c>grade.ps1</c>'s parameter
    /// (<c>--results-json</c> → <c>-ResultsJson</c>, <c>--help</c> → <c>-?</c>); other text unchanged.</summary>
    public static string Rewrite(string text) => Option().Replace(text, match => match.Groups["name"].Value switch
    {
        "help" => "-?",
        "junit" => "-JUnit",
        var name => "-" + string.Concat(name.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..])),
    });

    /// <summary>A writer that rewrites the option names of everything written to <paramref name="inner"/>.</summary>
    public static TextWriter Writer(TextWriter inner) => new RewritingWriter(inner);

    // The options of GradingOptions.Usage, longest first where one begins another (--submissions, --submission).
    [GeneratedRegex("(?<![\\w-])--(?<name>target|submissions|submission-budget|submission|labs|json|results-json|feedback|junit|out|hidden-tests|grading-file|force|parallel|lab-timeout|test-timeout|sandbox|docs-url|help)(?![\\w-])")]
    private static partial Regex Option();

    private sealed class RewritingWriter(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(string? value) => inner.Write(value is null ? null : Rewrite(value));

        public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Rewrite(value));

        public override void Flush() => inner.Flush();
    }
}
