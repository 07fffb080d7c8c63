namespace RnnKata.Grading;

/// <summary>
/// A weight for the tests whose name matches <paramref name="Pattern"/>. The pattern is matched against
/// the test's full name (namespace, fixture, method, arguments) and against its short name (fixture and
/// method): <c>*</c> matches any run of characters, everything else literally, case-sensitively.
/// The first matching rule of a lab wins; a test no rule matches weighs 1.
/// </summary>
/// <param name="Pattern">E.g. <c>ElmanNetworkBackwardTests.*</c> or <c>*Gradient*</c>.</param>
/// <param name="Weight">How much a matching test counts, ≥ 0 (0 leaves it unscored).</param>
public sealed record WeightRule(string Pattern, double Weight)
{
    /// <summary>True when the rule applies to the test named <paramref name="fullName"/>.</summary>
    public bool Matches(string fullName) =>
        Glob(Pattern, fullName) || Glob(Pattern, ReportTable.ShortName(fullName));

    private static bool Glob(string pattern, string text)
    {
        // Iterative wildcard match with backtracking to the last '*': linear in practice.
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
                return false;
        }
        while (p < pattern.Length && pattern[p] == '*')
            p++;
        return p == pattern.Length;
    }
}
