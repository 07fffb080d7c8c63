using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigDocument = Markdig.Syntax.MarkdownDocument;

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
/// What the docs checks read from a markdown file, parsed by Markdig as GitHub renders it (CommonMark
/// and pipe tables): headings, links and images, reference definitions, and the HTML
/// <c>&lt;a href&gt;</c>, <c>&lt;img src&gt;</c> and <c>id</c>/<c>name</c> anchors of raw HTML. Code
/// blocks, code spans and HTML comments are not links, so an example written inside them is never
/// taken for a real one.
/// </summary>
public sealed partial class MarkdownDocument
{
    /// <summary>GitHub's dialect as far as the checks need it: CommonMark plus pipe tables.</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

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
        var text = markdown.ReplaceLineEndings("\n");
        var document = Markdig.Markdown.Parse(text, Pipeline);

        var slugger = new Slugger();
        var headings = document.Descendants<HeadingBlock>()
            .Select(heading => new MarkdownHeading(heading.Level, HeadingMarkdown(text, heading),
                slugger.Slug(heading.Inline), LineOf(text, heading.Span.Start)))
            .ToArray();

        var links = new List<(MarkdownLink Link, int Column)>();
        var anchors = new List<string>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            // A [text][label] link is counted once, at its definition. (<https://…> autolinks are
            // AutolinkInlines, not walked: they are always absolute.)
            if (link.Reference is null && link.Url is not null)
                links.Add((new MarkdownLink(link.Url, link.Line + 1, link.IsImage), link.Column));
        }
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
            links.Add((new MarkdownLink(definition.Url ?? string.Empty, definition.Line + 1, false), definition.Column));
        foreach (var (html, line, column) in RawHtml(document))
        {
            foreach (Match match in HtmlLink().Matches(html))
                links.Add((new MarkdownLink(match.Groups["target"].Value, line, match.Groups["tag"].Value.Equals("img", StringComparison.OrdinalIgnoreCase)), column + match.Index));
            anchors.AddRange(HtmlAnchor().Matches(html).Select(match => match.Groups["anchor"].Value));
        }

        var ordered = links.OrderBy(l => l.Link.Line).ThenBy(l => l.Column).Select(l => l.Link).ToArray();
        return new MarkdownDocument(text.Split('\n'), headings, ordered, anchors);
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

    // The 1-based line of a source position. (A setext heading's own Line is that of its underline.)
    private static int LineOf(string text, int position) => 1 + text.AsSpan(0, position).Count('\n');

    // The heading's inline markdown as written: from its first inline to its last, without the #s.
    private static string HeadingMarkdown(string text, HeadingBlock heading)
    {
        if (heading.Inline?.FirstChild is not { } first || heading.Inline.LastChild is not { } last)
            return string.Empty;
        return text[first.Span.Start..(last.Span.End + 1)].Trim();
    }

    // Raw HTML outside comments, with its 1-based line and 0-based column: HTML blocks line by line, and inline tags.
    private static IEnumerable<(string Html, int Line, int Column)> RawHtml(MarkdigDocument document)
    {
        foreach (var block in document.Descendants<HtmlBlock>().Where(b => b.Type != HtmlBlockType.Comment))
        {
            var lines = block.Lines.Lines.Take(block.Lines.Count).ToArray();
            var html = StripComments(string.Join('\n', lines.Select(line => line.Slice.ToString()))).Split('\n');
            for (var i = 0; i < lines.Length; i++)
                yield return (html[i], lines[i].Line + 1, lines[i].Column);
        }
        foreach (var tag in document.Descendants<HtmlInline>().Where(t => !t.Tag.StartsWith("<!--", StringComparison.Ordinal)))
            yield return (tag.Tag, tag.Line + 1, tag.Column);
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    // A comment may span lines: keep its line breaks so that the lines after it keep their numbers.
    private static string StripComments(string html) =>
        Comment().Replace(html, comment => new string('\n', comment.Value.Count(c => c == '\n')));

    [GeneratedRegex(@"<(?<tag>img|a)\b[^>]*?\s(?:src|href)\s*=\s*[""'](?<target>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"<[A-Za-z][^>]*?\s(?:id|name)\s*=\s*[""'](?<anchor>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAnchor();
}
