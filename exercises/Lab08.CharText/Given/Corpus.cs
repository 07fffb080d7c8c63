using System.Text;

namespace RnnKata.Lab08;

/// <summary>
/// The text a model learns from (chapter 8, "The corpus"): UTF-8 bytes decoded strictly, the lecture's preparation,
/// and a held-out tail. The lab ships two corpora the project may redistribute (exercises/Lab08.CharText/Data/): English
/// from the kata's own chapters and Russian prose written for the kata.
/// </summary>
public static class Corpus
{
    /// <summary>The shipped English corpus: a snapshot of the kata's chapters 1–6 (docs/0N-*.md).</summary>
    public const string EnglishFileName = "english-docs.txt";

    /// <summary>The shipped Russian corpus: prose about recurrent networks written for the kata.</summary>
    public const string RussianFileName = "russian-rnn.txt";

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>, read as UTF-8 (a leading byte-order mark is skipped).</summary>
    /// <param name="bytes">A file's bytes.</param>
    /// <param name="source">Names the text in error messages (the file's name).</param>
    /// <exception cref="FormatException">The bytes are not UTF-8 (the message names <paramref name="source"/> and the byte's offset), or
    /// hold no character but white space (the message names <paramref name="source"/>).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Decode(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(source);
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatException($"{source} is not UTF-8 text: byte 0x{e.BytesUnknown?.FirstOrDefault():X2} at offset {start + e.Index} is not valid UTF-8. Save it as UTF-8.", e);
        }
        if (string.IsNullOrWhiteSpace(text))
            throw new FormatException($"{source} is empty: a corpus needs text to learn from.");
        return text;
    }

    /// <summary>
    /// The lecture's preparation: every line trimmed and lower-cased (invariant culture), empty lines dropped, the rest joined
    /// with single spaces (<c>' '.join(lines)</c>).
    /// </summary>
    public static string Lecture(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split('\n').Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0));
    }

    /// <summary>
    /// The alphabet of all of <paramref name="text"/> and a split in reading order: the last
    /// <paramref name="validationFraction"/> of the characters are held out for validation.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="validationFraction"/> is not in (0, 1).</exception>
    /// <exception cref="ArgumentException">The text is too short for both parts to hold at least 2 characters.</exception>
    public static CorpusSplit Split(string text, double validationFraction = 0.1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!(validationFraction > 0 && validationFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(validationFraction), validationFraction, "The validation fraction must lie in (0, 1).");
        int validation = (int)Math.Round(text.Length * validationFraction);
        if (validation < 2 || text.Length - validation < 2)
            throw new ArgumentException($"A text of {text.Length} characters is too short to split {validationFraction:P0} off for validation.", nameof(text));
        return new CorpusSplit(Alphabet.Of(text), text[..^validation], text[^validation..]);
    }

    /// <summary>
    /// The unigram entropy of <paramref name="text"/>, bits per character: <c>−Σ p(c)·log₂ p(c)</c> over its characters'
    /// frequencies. A model that ignores context cannot beat it; one that reads context should.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    public static double UnigramBits(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return -text.GroupBy(c => c).Sum(g => (double)g.Count() / text.Length * Math.Log2((double)g.Count() / text.Length));
    }
}

/// <summary>A corpus split in reading order.</summary>
/// <param name="Alphabet">The alphabet of the whole text (so every validation character has an index).</param>
/// <param name="Train">The first part, what the model trains on.</param>
/// <param name="Validation">The held-out tail.</param>
public sealed record CorpusSplit(Alphabet Alphabet, string Train, string Validation);
