using System.Text;
using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab07;

/// <summary>The words the network knows and their indices, index 0 the unknown-word token.</summary>
public sealed class Vocabulary
{
    /// <summary>The token that stands for every word not in the vocabulary.</summary>
    public const string UnknownToken = "<unk>";

    /// <summary>The index of <see cref="UnknownToken"/>: always the first.</summary>
    public const int UnknownIndex = 0;

    private readonly Dictionary<string, int> _indices;

    private Vocabulary(IReadOnlyList<string> words)
    {
        Words = words;
        _indices = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Every word by its index.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>V, the length of every one-hot vector.</summary>
    public int Count => Words.Count;

    /// <summary>The words of <paramref name="text"/>, lower-cased, split at every character that is not a letter, digit or apostrophe.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (words, current) = (new List<string>(), new StringBuilder());
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (words.Count == 0)
            throw new ArgumentException($"The text '{text}' has no word.", nameof(text));
        return words;
    }

    /// <summary>The vocabulary of <paramref name="texts"/>, the unknown token first, then the words in order of first appearance.</summary>
    public static Vocabulary FromTexts(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var words = new List<string> { UnknownToken };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (var text in texts)
        {
            ArgumentNullException.ThrowIfNull(text, nameof(texts));
            IReadOnlyList<string> tokens;
            try
            {
                tokens = Tokenize(text);
            }
            catch (ArgumentException)
            {
                throw new ArgumentException($"Text {index} ('{text}') has no word.", nameof(texts));
            }
            words.AddRange(tokens.Where(seen.Add));
            index++;
        }
        if (index == 0)
            throw new ArgumentException("A vocabulary needs at least one text.", nameof(texts));
        return new Vocabulary(words);
    }

    /// <summary>The index of <paramref name="word"/>, or <see cref="UnknownIndex"/>.</summary>
    public int IndexOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _indices.TryGetValue(word, out var index) && index != UnknownIndex ? index : UnknownIndex;
    }

    /// <summary>The index of each word of <paramref name="text"/>, and how many are unknown.</summary>
    public EncodedText Encode(string text)
    {
        var indices = Tokenize(text).Select(IndexOf).ToArray();
        return new EncodedText(indices, indices.Count(i => i == UnknownIndex));
    }

    /// <summary>One one-hot vector, V long, per word of <paramref name="text"/>.</summary>
    public IReadOnlyList<Vector<double>> OneHot(string text) =>
        Encode(text).Indices.Select(i => Vector<double>.Build.Dense(Count, k => k == i ? 1.0 : 0.0)).ToArray();
}
