using System.Globalization;
using System.Text.RegularExpressions;

namespace RnnKata.Grading.Class;

/// <summary>
/// Turns the fast path's compiler lines (<c>Lab02.ElmanBptt/ElmanNetwork.cs(12,9): warning RK0004: … (docs/analyzers/RK0004.md)</c>)
/// into <see cref="AnalyzerFinding"/>s for feedback. Lines of another shape are kept whole, as a finding without a rule.
/// </summary>
public static partial class AnalyzerFindings
{
    /// <summary>The findings in <paramref name="lines"/>, files made relative to <paramref name="exercisesFolder"/>.</summary>
    public static IReadOnlyList<AnalyzerFinding> Parse(IEnumerable<string> lines, string exercisesFolder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(exercisesFolder)) + Path.DirectorySeparatorChar;
        return lines.Select(line =>
        {
            var match = Line().Match(line);
            if (!match.Success)
                return new AnalyzerFinding("", "warning", line.Trim(), "", 0, null);
            var file = match.Groups["file"].Value.Replace(root, "", StringComparison.Ordinal).Replace('\\', '/').TrimStart('/');
            var link = match.Groups["link"].Success ? match.Groups["link"].Value : null;
            return new AnalyzerFinding(
                match.Groups["id"].Value, match.Groups["severity"].Value, match.Groups["message"].Value.Trim(), file,
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture), link);
        }).ToArray();
    }

    [GeneratedRegex(@"^(?<file>.*?)\((?<line>\d+),\d+\): (?<severity>error|warning|info|hidden) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \((?<link>(?:https?://|docs/)\S+)\))?$")]
    private static partial Regex Line();
}
