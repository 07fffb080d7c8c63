using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RnnKata.Kata.Progress;

/// <summary>Reads what the front door needs from a lab's chapter: its <c>## Task N: title</c> headings, and the
/// <c>### Task N</c> (or <c>### Tasks N and M</c>) sections under its <c>## Hints</c> heading.</summary>
public static partial class Chapter
{
    /// <summary>The chapter's tasks in order; empty when the file does not exist or has no task headings.</summary>
    /// <param name="chapterPath">The chapter's full path.</param>
    /// <param name="relativePath">The chapter's path relative to the repository root, for the links.</param>
    public static IReadOnlyList<ChapterTask> Tasks(string chapterPath, string relativePath)
    {
        if (!File.Exists(chapterPath))
            return [];
        return File.ReadLines(chapterPath)
            .Select(line => TaskHeading().Match(line))
            .Where(match => match.Success)
            .Select(match => new ChapterTask(
                int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture),
                match.Groups["title"].Value.Trim(),
                relativePath + "#" + Anchor(match.Groups["heading"].Value)))
            .ToArray();
    }

    /// <summary>The chapter's own hint text for <paramref name="task"/>: the <c>### Task N</c> (or <c>### Tasks N and M</c>)
    /// section under <c>## Hints</c>, up to the next heading of level 2 or 3; null when there is none.</summary>
    public static string? HintSection(string chapterPath, int task)
    {
        if (!File.Exists(chapterPath))
            return null;
        var inHints = false;
        StringBuilder? section = null;
        foreach (var line in File.ReadLines(chapterPath))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (section is not null)
                    break;
                inHints = line.Trim() == "## Hints";
                continue;
            }
            if (inHints && line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (section is not null)
                    break;
                if (HintHeadingNumbers(line).Contains(task))
                    section = new StringBuilder();
                continue;
            }
            section?.AppendLine(line);
        }
        return section?.ToString().Trim() is { Length: > 0 } text ? text : null;
    }

    /// <summary>GitHub's anchor of a heading: lower case, punctuation but hyphens dropped, spaces as hyphens.</summary>
    public static string Anchor(string heading)
    {
        var anchor = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
                anchor.Append(c);
            else if (c == ' ')
                anchor.Append('-');
        }
        return anchor.ToString();
    }

    private static IEnumerable<int> HintHeadingNumbers(string line)
    {
        var match = HintHeading().Match(line);
        return match.Success
            ? match.Groups["numbers"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
                .Where(word => word.All(char.IsAsciiDigit)).Select(word => int.Parse(word, CultureInfo.InvariantCulture))
            : [];
    }

    [GeneratedRegex(@"^## (?<heading>Task (?<number>\d+):\s*(?<title>.+))$")]
    private static partial Regex TaskHeading();

    [GeneratedRegex(@"^### Tasks? (?<numbers>\d+(?:(?:,\s*|\s+and\s+)\d+)*)\s*$")]
    private static partial Regex HintHeading();
}
