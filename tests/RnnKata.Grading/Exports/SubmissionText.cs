using System.Globalization;
using System.Text;

namespace RnnKata.Grading.Exports;

/// <summary>
/// Text that comes from a submission (a student's name or folder name, a failure message, compiler output, an
/// analyzer message) made safe for the place it is written: one method per sink, used by every writer. The student
/// controls this text, so each sink gets it inert and bounded:
/// <list type="bullet">
/// <item>every sink: control characters (but line breaks and tabs where the sink keeps lines), the bidirectional
/// overrides that reorder source text, lone surrogates and the non-characters U+FFFE/U+FFFF are shown as <c>\uXXXX</c>,
/// never written raw; a carriage return is a line break or is shown;</item>
/// <item>XML (<see cref="ForXml"/>): nothing XML 1.0 refuses is left, so a report always parses;</item>
/// <item>Markdown (<see cref="ForMarkdownInline"/>, <see cref="ForMarkdownCodeSpan"/>, <see cref="ForMarkdownCodeBlock"/>):
/// no raw HTML, heading, link or emphasis: inline text has Markdown's punctuation escaped, and a message is a fenced
/// code block whose fence is longer than any run of backticks in it;</item>
/// <item>the console (<see cref="ForConsole"/>): one line, no escape sequence (ANSI colours, cursor moves, a cleared screen);</item>
/// <item>CSV: see <see cref="GradebookCsvWriter.Cell"/>, which takes <see cref="ForConsole"/>'s text and defuses formulas.</item>
/// </list>
/// Each is capped in size (<see cref="Cap"/>): what is cut ends in a visible <c>[truncated]</c> marker.
/// </summary>
public static class SubmissionText
{
    /// <summary>The most characters of one message (a failure, a compiler error, a warning) kept in a report.</summary>
    public const int MaxMessageChars = 4_000;

    /// <summary>The most characters of one name (a student's, a file's) kept in a report.</summary>
    public const int MaxNameChars = 200;

    /// <summary>The most characters of one report file of one student.</summary>
    public const int MaxFileChars = 1_000_000;

    /// <summary>The marker that ends a text that was cut.</summary>
    public const string TruncatedMarker = "[truncated]";

    /// <summary>ASCII punctuation that can start markup anywhere in a line: HTML, entities, links, images, emphasis,
    /// code spans, table cells, strike-through, maths (CommonMark allows a backslash before any ASCII punctuation).</summary>
    private const string MarkdownInlinePunctuation = "\\`*_[]<>&!|~$";

    /// <summary>ASCII punctuation that starts a block (a heading, a list, a quote, a rule, a fence) at the start of a line.</summary>
    private const string MarkdownBlockPunctuation = "#-+=>`~*_:";

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters (never inside a surrogate pair), ending
    /// in <c>… [truncated] (N more characters)</c> when cut.</summary>
    public static string Cap(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
            return text;
        var keep = Math.Max(0, max);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
            keep--;
        return string.Create(CultureInfo.InvariantCulture, $"{text[..keep]} … {TruncatedMarker} ({text.Length - keep:N0} more characters)");
    }

    /// <summary>
    /// The text with every character no sink should receive raw shown as <c>\uXXXX</c>: control characters
    /// (C0, DEL, C1), bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), line and
    /// paragraph separators, lone surrogates, U+FFFE and U+FFFF. With <paramref name="multiLine"/>, line breaks
    /// (<c>\n</c>, <c>\r\n</c>, a lone <c>\r</c>) become <c>\n</c> and tabs stay; without, they are shown too.
    /// </summary>
    public static string Printable(string text, bool multiLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (multiLine && c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
            }
            else if (multiLine && c is '\n' or '\t')
                builder.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsUnsafe(c))
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>One line for the console (or a CSV cell): printable, capped at <paramref name="max"/> characters.</summary>
    public static string ForConsole(string text, int max = MaxMessageChars) => Printable(Cap(text, max), multiLine: false);

    /// <summary>Text for an XML element (or, <paramref name="singleLine"/>, an attribute): printable, line breaks kept
    /// unless single-line, so only characters XML 1.0 allows are left; capped at <paramref name="max"/> characters.</summary>
    public static string ForXml(string text, int max = MaxMessageChars, bool singleLine = false) => Printable(Cap(text, max), multiLine: !singleLine);

    /// <summary>One line of Markdown text that renders as exactly these characters, wherever it starts (a list item,
    /// a heading): printable, with every ASCII punctuation character that could start markup (HTML, a link, emphasis,
    /// a code span; a heading, a list or a quote at its start) backslash-escaped.</summary>
    public static string ForMarkdownInline(string text, int max = MaxMessageChars)
    {
        var printable = Printable(Cap(text, max), multiLine: false);
        var builder = new StringBuilder(printable.Length + 16);
        var leadingDigits = true;
        for (var i = 0; i < printable.Length; i++)
        {
            var c = printable[i];
            var startsBlock = i == 0 && MarkdownBlockPunctuation.Contains(c, StringComparison.Ordinal);
            var endsListNumber = leadingDigits && i > 0 && c is '.' or ')'; // "1. " or "1) " would start an ordered list
            if (startsBlock || endsListNumber || MarkdownInlinePunctuation.Contains(c, StringComparison.Ordinal))
                builder.Append('\\');
            builder.Append(c);
            leadingDigits &= char.IsAsciiDigit(c);
        }
        return builder.ToString();
    }

    /// <summary>A Markdown code span holding <paramref name="text"/> on one line: delimited by more backticks than
    /// any run inside it, so nothing in it is markup.</summary>
    public static string ForMarkdownCodeSpan(string text, int max = MaxNameChars)
    {
        var printable = Printable(Cap(text, max), multiLine: false);
        var fence = new string('`', LongestRun(printable, '`') + 1);
        var pad = printable.StartsWith('`') || printable.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{printable}{pad}{fence}";
    }

    /// <summary>
    /// A fenced Markdown code block (info string <c>text</c>) holding <paramref name="lines"/>: the fence is longer than
    /// any run of backticks inside, so no line can close it early, and every line starts with <paramref name="indent"/>
    /// (a list item's indentation), so the block cannot end the list item it belongs to. Ends with a line break.
    /// </summary>
    public static string ForMarkdownCodeBlock(IEnumerable<string> lines, string indent = "", int max = MaxMessageChars)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var body = Printable(Cap(string.Join("\n", lines), max), multiLine: true).Split('\n');
        var fence = new string('`', Math.Max(3, body.Max(line => LongestRun(line, '`')) + 1));
        var text = new StringBuilder();
        text.Append(indent).Append(fence).Append("text\n");
        foreach (var line in body)
            text.Append(indent).Append(line).Append('\n');
        text.Append(indent).Append(fence).Append('\n');
        return text.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c) // a pair was taken whole before this is asked
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
