using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RnnKata.Docs.Tests.Markdown;

/// <summary>
/// The anchors GitHub gives headings (the algorithm of the <c>github-slugger</c> package): lower-case
/// the heading's text, drop every character that is not a letter, mark, digit, connector (<c>_</c>),
/// space or hyphen, then turn each space into a hyphen. A heading whose slug was already taken in the
/// same document gets <c>-1</c>, <c>-2</c>, … appended (see <see cref="Slugger"/>).
/// </summary>
public static partial class GitHubSlug
{
    /// <summary>The slug of one heading's text, ignoring duplicates: <c>"Task 1: the first step"</c> → <c>task-1-the-first-step</c>.</summary>
    /// <param name="headingMarkdown">The heading as written after the <c>#</c>s; inline markup is stripped first.</param>
    public static string Of(string headingMarkdown)
    {
        ArgumentNullException.ThrowIfNull(headingMarkdown);
        var text = PlainText(headingMarkdown).ToLowerInvariant();
        var slug = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == ' ')
                slug.Append('-');
            else if (rune.Value == '-' || IsKept(Rune.GetUnicodeCategory(rune)))
                slug.Append(rune.ToString());
        }
        return slug.ToString();
    }

    /// <summary>
    /// The text GitHub renders for a heading's markdown: links and images keep their text, code
    /// spans keep their content, emphasis markers, HTML tags and backslash escapes disappear.
    /// </summary>
    public static string PlainText(string headingMarkdown)
    {
        ArgumentNullException.ThrowIfNull(headingMarkdown);
        // Code spans are literal: strip markup only between them.
        var plain = new StringBuilder();
        var at = 0;
        foreach (Match code in CodeSpan().Matches(headingMarkdown))
        {
            plain.Append(StripInlineMarkup(headingMarkdown[at..code.Index]));
            plain.Append(code.Groups["code"].Value.Trim());
            at = code.Index + code.Length;
        }
        plain.Append(StripInlineMarkup(headingMarkdown[at..]));
        return plain.ToString().Trim();
    }

    private static string StripInlineMarkup(string markdown)
    {
        var text = ImageOrLink().Replace(markdown, m => m.Groups["text"].Value);
        text = HtmlTag().Replace(text, string.Empty);
        text = text.Replace("*", string.Empty, StringComparison.Ordinal);
        text = EmphasisUnderscore().Replace(text, string.Empty);
        return BackslashEscape().Replace(text, "$1");
    }

    private static bool IsKept(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    [GeneratedRegex(@"(?<fence>`+)(?<code>.+?)\k<fence>")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex ImageOrLink();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    // _emphasis_ markers only: an underscore inside a word (snake_case) stays, as on GitHub.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])")]
    private static partial Regex EmphasisUnderscore();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex BackslashEscape();
}

/// <summary>
/// Slugs for the headings of one document, numbering repeats as GitHub does: the second "Hints"
/// becomes <c>hints-1</c>, the third <c>hints-2</c>.
/// </summary>
public sealed class Slugger
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    /// <summary>The anchor of the next heading with this text.</summary>
    public string Slug(string headingMarkdown)
    {
        var original = GitHubSlug.Of(headingMarkdown);
        var result = original;
        while (_occurrences.ContainsKey(result))
        {
            _occurrences[original]++;
            result = $"{original}-{_occurrences[original]}";
        }
        _occurrences[result] = 0;
        return result;
    }
}
