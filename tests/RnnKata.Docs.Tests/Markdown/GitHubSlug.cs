using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RnnKata.Docs.Tests.Markdown;

/// <summary>
/// The anchors GitHub gives headings (the algorithm of the <c>github-slugger</c> package): lower-case
/// the heading's text, drop every character that is not a letter, mark, digit, connector (<c>_</c>),
/// space or hyphen, then turn each space into a hyphen. A heading whose slug was already taken in the
/// same document gets <c>-1</c>, <c>-2</c>, … appended (see <see cref="Slugger"/>).
/// </summary>
public static class GitHubSlug
{
    /// <summary>The slug of one heading's text, ignoring duplicates: <c>"Task 1: the first step"</c> → <c>task-1-the-first-step</c>.</summary>
    /// <param name="headingMarkdown">The heading as written after the <c>#</c>s; inline markup is stripped first.</param>
    public static string Of(string headingMarkdown) => FromPlainText(PlainText(headingMarkdown));

    /// <summary>The slug of a parsed heading's inlines, ignoring duplicates (see <see cref="Of(string)"/>).</summary>
    public static string Of(ContainerInline? headingInlines) => FromPlainText(PlainText(headingInlines));

    private static string FromPlainText(string plainText)
    {
        var text = plainText.ToLowerInvariant();
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
        // Read as a heading's text, so that "1. Intro" or "- x" stay text rather than becoming a list.
        var heading = Markdig.Markdown.Parse("# " + headingMarkdown.ReplaceLineEndings(" "), MarkdownDocument.Pipeline)
            .Descendants<HeadingBlock>().FirstOrDefault();
        return PlainText(heading?.Inline);
    }

    /// <summary>The text GitHub renders for a heading's parsed inlines (see <see cref="PlainText(string)"/>).</summary>
    public static string PlainText(ContainerInline? inlines)
    {
        var plain = new StringBuilder();
        AppendText(inlines, plain);
        return plain.ToString().Trim();
    }

    private static void AppendText(Inline? inline, StringBuilder plain)
    {
        switch (inline)
        {
            case LiteralInline literal:
                plain.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                plain.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                plain.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                plain.Append(' ');
                break;
            case ContainerInline container:   // emphasis, links and images: their text
                foreach (var child in container)
                    AppendText(child, plain);
                break;
            // HTML tags render as nothing.
        }
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
}

/// <summary>
/// Slugs for the headings of one document, numbering repeats as GitHub does: the second "Hints"
/// becomes <c>hints-1</c>, the third <c>hints-2</c>.
/// </summary>
public sealed class Slugger
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    /// <summary>The anchor of the next heading with this text.</summary>
    public string Slug(string headingMarkdown) => Next(GitHubSlug.Of(headingMarkdown));

    /// <summary>The anchor of the next heading with these parsed inlines.</summary>
    public string Slug(ContainerInline? headingInlines) => Next(GitHubSlug.Of(headingInlines));

    private string Next(string original)
    {
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
