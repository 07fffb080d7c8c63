namespace RnnKata.Lab07;

/// <summary>
/// Reads the lab's phrase files (chapter 7, "The data"): one phrase per line, <c>label&lt;TAB&gt;text</c>, the label
/// <c>positive</c> or <c>negative</c>; blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class PhraseFile
{
    /// <summary>Parses <paramref name="lines"/>; <paramref name="source"/> names the text in error messages (a file name).</summary>
    /// <exception cref="FormatException">A line has no tab, a label other than <c>positive</c> or <c>negative</c>, or no words
    /// after the tab, or there is no phrase at all. The message names <paramref name="source"/> and the line (from 1).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SentimentExample[] Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(source);
        var examples = new List<SentimentExample>();
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
                continue;
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
                throw Error(source, number, "expected label<TAB>text, found no tab");
            var label = line[..tab].Trim();
            int index = Sentiment.Labels.ToList().IndexOf(label);
            if (index < 0)
                throw Error(source, number, $"the label '{label}' is not one of {string.Join(", ", Sentiment.Labels)}");
            var text = line[(tab + 1)..].Trim();
            if (text.Length == 0)
                throw Error(source, number, "the phrase is empty");
            examples.Add(new SentimentExample(text, index));
        }
        if (examples.Count == 0)
            throw new FormatException($"{source}: no phrase (expected lines of label<TAB>text).");
        return [.. examples];
    }

    private static FormatException Error(string source, int number, string problem) => new($"{source}, line {number}: {problem}.");
}
