using System.Text.RegularExpressions;

namespace RnnKata.Docs.Tests.Markdown;

/// <summary>A link or image target found in a markdown file.</summary>
/// <param name="Target">The target as written, e.g. <c>images/plot.png</c> or <c>01-two-step-rnn.md#hints</c>.</param>
/// <param name="Line">The 1-based line it is on.</param>
/// <param name="IsImage">An image (<c>![alt](src)</c> or <c>&lt;img src&gt;</c>) rather than a link.</param>
public sealed record MarkdownLink(string Target, int Line, bool IsImage)
{
    /// <summary>A link to another site (<c>https:</c>, <c>mailto:</c>, …) rather than a file of the repository.</summary>
    public bool IsExternal => Scheme().IsMatch(Target) || Target.StartsWith("//", StringComparison.Ordinal);

    /// <summary>The path part, without <c>#anchor</c> or <c>?query</c>; empty for <c>#anchor</c> alone.</summary>
    public string Path
    {
        get
        {
            var end = Target.IndexOfAny(['#', '?']);
            return Uri.UnescapeDataString(end < 0 ? Target : Target[..end]);
        }
    }

    /// <summary>The anchor after <c>#</c>, or null when there is none.</summary>
    public string? Anchor
    {
        get
        {
            var hash = Target.IndexOf('#', StringComparison.Ordinal);
            return hash < 0 ? null : Uri.UnescapeDataString(Target[(hash + 1)..]);
        }
    }

    private static readonly Regex SchemeRegex = new("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);

    private static Regex Scheme() => SchemeRegex;
}

/// <summary>A heading, with the anchor GitHub gives it.</summary>
/// <param name="Level">1 for <c>#</c>, 2 for <c>##</c>, …</param>
/// <param name="Text">The heading's markdown, without the <c>#</c>s.</param>
/// <param name="Slug">Its anchor on GitHub (repeats numbered <c>-1</c>, <c>-2</c>, …).</param>
/// <param name="Line">The 1-based line it is on.</param>
public sealed record MarkdownHeading(int Level, string Text, string Slug, int Line);

/// <summary>
/// Just enough of a markdown reader for the docs checks: headings (ATX and setext), inline links and
/// images, reference definitions, and HTML <c>&lt;a href&gt;</c>, <c>&lt;img src&gt;</c> and
/// <c>id</c>/<c>name</c> anchors. Fenced code blocks, code spans and HTML comments are skipped, so an
/// example written inside them is never taken for a real link. Indented code blocks are not
/// recognised: the kata's docs fence all their code.
/// </summary>
public sealed partial class MarkdownDocument
{
    private readonly string[] _lines;

    private MarkdownDocument(string[] lines, IReadOnlyList<MarkdownHeading> headings,
        IReadOnlyList<MarkdownLink> links, IReadOnlyList<string> htmlAnchors)
    {
        _lines = lines;
        Headings = headings;
        Links = links;
        HtmlAnchors = htmlAnchors;
    }

    /// <summary>The headings, in order.</summary>
    public IReadOnlyList<MarkdownHeading> Headings { get; }

    /// <summary>Every link and image target, in order, external ones included.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; }

    /// <summary>Anchors declared in HTML, e.g. <c>&lt;a id="x"&gt;</c>.</summary>
    public IReadOnlyList<string> HtmlAnchors { get; }

    /// <summary>Every anchor a link into this document may name: heading slugs and HTML anchors.</summary>
    public IEnumerable<string> Anchors => Headings.Select(h => h.Slug).Concat(HtmlAnchors);

    /// <summary>Reads a markdown file.</summary>
    public static MarkdownDocument Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses markdown text.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var headings = new List<MarkdownHeading>();
        var links = new List<MarkdownLink>();
        var anchors = new List<string>();
        var slugger = new Slugger();

        string? fence = null;          // the opening fence of the code block we are in
        var inComment = false;         // inside a multi-line <!-- … -->
        string? paragraphLine = null;  // the previous line, if it could be a setext heading's text
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;

            if (fence is not null)
            {
                var close = Fence().Match(line);
                if (close.Success && close.Groups["fence"].Value[0] == fence[0] &&
                    close.Groups["fence"].Value.Length >= fence.Length && close.Groups["info"].Value.Trim().Length == 0)
                    fence = null;
                continue;
            }

            var open = Fence().Match(line);
            if (!inComment && open.Success)
            {
                fence = open.Groups["fence"].Value;
                paragraphLine = null;
                continue;
            }

            var text = StripComments(line, ref inComment);
            if (text.Trim().Length == 0)
            {
                paragraphLine = null;
                continue;
            }

            var atx = AtxHeading().Match(text);
            if (atx.Success)
            {
                var headingText = atx.Groups["text"].Value.Trim();
                headings.Add(new MarkdownHeading(atx.Groups["level"].Value.Length, headingText, slugger.Slug(headingText), lineNumber));
                paragraphLine = null;
            }
            else if (paragraphLine is not null && SetextUnderline().Match(text) is { Success: true } underline)
            {
                var headingText = paragraphLine.Trim();
                headings.Add(new MarkdownHeading(underline.Groups["bar"].Value[0] == '=' ? 1 : 2, headingText, slugger.Slug(headingText), lineNumber - 1));
                paragraphLine = null;
                continue;
            }
            else
            {
                paragraphLine = IsParagraphText(text) ? text : null;
            }

            var withoutCode = CodeSpan().Replace(text, match => new string(' ', match.Length));
            AddLinks(withoutCode, lineNumber, links);
            foreach (Match anchor in HtmlAnchor().Matches(withoutCode))
                anchors.Add(anchor.Groups["anchor"].Value);
        }

        return new MarkdownDocument(lines, headings, links, anchors);
    }

    /// <summary>
    /// The lines of the section under the first heading whose text starts with
    /// <paramref name="headingStart"/> (case-insensitive), up to the next heading of the same or a
    /// higher level; null when there is no such heading. Code blocks are included as written.
    /// </summary>
    public string? Section(string headingStart)
    {
        var index = Headings.ToList().FindIndex(h => GitHubSlug.PlainText(h.Text).StartsWith(headingStart, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            return null;
        var heading = Headings[index];
        var next = Headings.Skip(index + 1).FirstOrDefault(h => h.Level <= heading.Level);
        var end = next is null ? _lines.Length : next.Line - 1;
        return string.Join('\n', _lines[heading.Line..end]);
    }

    private static void AddLinks(string text, int lineNumber, List<MarkdownLink> links)
    {
        foreach (Match link in InlineLink().Matches(text))
        {
            // [![alt](image)](target): the image sits inside the link's text.
            AddLinks(link.Groups["text"].Value, lineNumber, links);
            var target = link.Groups["target"].Value;
            if (target.StartsWith('<') && target.EndsWith('>'))
                target = target[1..^1];
            links.Add(new MarkdownLink(target, lineNumber, link.Groups["bang"].Value == "!"));
        }

        var definition = ReferenceDefinition().Match(text);
        if (definition.Success)
            links.Add(new MarkdownLink(definition.Groups["target"].Value.Trim('<', '>'), lineNumber, false));

        foreach (Match html in HtmlLink().Matches(text))
            links.Add(new MarkdownLink(html.Groups["target"].Value, lineNumber, html.Groups["tag"].Value.Equals("img", StringComparison.OrdinalIgnoreCase)));
    }

    private static string StripComments(string line, ref bool inComment)
    {
        var kept = new System.Text.StringBuilder();
        var at = 0;
        while (at < line.Length)
        {
            if (inComment)
            {
                var end = line.IndexOf("-->", at, StringComparison.Ordinal);
                if (end < 0)
                    return kept.ToString();
                inComment = false;
                at = end + 3;
            }
            else
            {
                var start = line.IndexOf("<!--", at, StringComparison.Ordinal);
                if (start < 0)
                {
                    kept.Append(line, at, line.Length - at);
                    break;
                }
                kept.Append(line, at, start - at);
                inComment = true;
                at = start + 4;
            }
        }
        return kept.ToString();
    }

    // A line that may be the text of a setext heading: not a list item, quote, table row or HTML.
    private static bool IsParagraphText(string line) =>
        !NotParagraph().IsMatch(line);

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})(?<info>.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}(?<level>#{1,6})(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(?<bar>=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s*([-*+>|<]|\d+[.)]\s)")]
    private static partial Regex NotParagraph();

    [GeneratedRegex(@"(?<fence>`+).+?\k<fence>")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?<bang>!?)\[(?<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*(?<target><[^>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:""[^""]*""|'[^']*'|\([^)]*\)))?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^ {0,3}\[(?<label>[^\]]+)\]:\s*(?<target>\S+)")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"<(?<tag>img|a)\b[^>]*?\s(?:src|href)\s*=\s*[""'](?<target>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"<[A-Za-z][^>]*?\s(?:id|name)\s*=\s*[""'](?<anchor>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAnchor();
}
