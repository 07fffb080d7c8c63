using System.Text.RegularExpressions;

namespace RnnKata.Docs.Tests;

/// <summary>A <c>throw new NotImplementedException("…")</c> in an exercise stub.</summary>
/// <param name="File">The .cs file, relative to the repository root.</param>
/// <param name="Line">The 1-based line of the throw.</param>
/// <param name="Message">The exception's message.</param>
public sealed record StubThrow(string File, int Line, string Message)
{
    /// <summary>The <c>docs/NN-….md#anchor</c> references in the message.</summary>
    public IReadOnlyList<ChapterReference> References =>
        StubReferences.ChapterReferencePattern().Matches(Message)
            .Select(m => new ChapterReference(m.Groups["chapter"].Value, m.Groups["anchor"].Value))
            .ToArray();

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A chapter section a stub points at, e.g. <c>docs/01-two-step-rnn.md#task-1-the-first-step</c>.</summary>
/// <param name="Chapter">The chapter, relative to the repository root.</param>
/// <param name="Anchor">The heading's slug (empty when the message names no anchor).</param>
public sealed record ChapterReference(string Chapter, string Anchor)
{
    /// <inheritdoc />
    public override string ToString() => Anchor.Length == 0 ? Chapter : $"{Chapter}#{Anchor}";
}

/// <summary>Finds the <see cref="NotImplementedException"/> messages of the exercise stubs.</summary>
public static partial class StubReferences
{
    /// <summary>Every <c>throw new NotImplementedException("…")</c> under exercises/ (build outputs excluded).</summary>
    public static IReadOnlyList<StubThrow> All()
    {
        var exercises = Path.Combine(DocsTree.Root, "exercises");
        if (!Directory.Exists(exercises))
            return [];
        return Directory.EnumerateFiles(exercises, "*.cs", SearchOption.AllDirectories)
            .Where(path => !DocsTree.IsBuildOutput(path))
            .Order(StringComparer.Ordinal)
            .SelectMany(Find)
            .ToArray();
    }

    /// <summary>The throws in one source file.</summary>
    public static IEnumerable<StubThrow> Find(string path)
    {
        var source = File.ReadAllText(path).ReplaceLineEndings("\n");
        foreach (Match match in NotImplementedThrow().Matches(source))
        {
            var line = 1 + source.AsSpan(0, match.Index).Count('\n');
            yield return new StubThrow(DocsTree.Relative(path), line, Regex.Unescape(match.Groups["message"].Value));
        }
    }

    // new NotImplementedException("…") with a regular or interpolated string literal.
    [GeneratedRegex(@"new\s+(?:System\.)?NotImplementedException\s*\(\s*\$?""(?<message>(?:[^""\\]|\\.)*)""")]
    private static partial Regex NotImplementedThrow();

    [GeneratedRegex(@"(?<chapter>docs/\d{2}-[A-Za-z0-9._-]+\.md)(?:#(?<anchor>[A-Za-z0-9_-]+))?")]
    internal static partial Regex ChapterReferencePattern();
}
