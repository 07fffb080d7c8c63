using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab07;

/// <summary>
/// The words the network knows and their indices (chapter 7, "Task 1" and "Task 2"): the lecture's <c>vocab</c>,
/// <c>word_to_idx</c> and <c>createInputs</c>, with two changes. The order is fixed (the lecture's <c>list(set(…))</c>
/// changes from run to run), and index 0 is an explicit unknown-word token, so a word never seen in training reads as
/// <see cref="UnknownToken"/> instead of failing as the lecture's <c>createInputs('Хороший день')</c> does with a KeyError.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The token that stands for every word not in the vocabulary.</summary>
    public const string UnknownToken = "<unk>";

    /// <summary>The index of <see cref="UnknownToken"/>: always the first.</summary>
    public const int UnknownIndex = 0;

    /// <summary>A vocabulary of <paramref name="words"/>, in that order (given; <see cref="FromTexts"/> calls it).</summary>
    /// <param name="words"><see cref="UnknownToken"/> first, then the known words, each once.</param>
    /// <remarks>Hint: build the word → index dictionary here, once, so that <see cref="IndexOf"/> is a lookup.</remarks>
    private Vocabulary(IReadOnlyList<string> words)
    {
        Words = words;
    }

    /// <summary>Every word by its index: <see cref="UnknownToken"/> at 0, then the training words in order of first appearance.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>V, the length of every one-hot vector (the unknown token included).</summary>
    public int Count => Words.Count;

    /// <summary>
    /// The words of <paramref name="text"/>: lower-cased (<c>ToLowerInvariant</c>) and split at every character that is not a
    /// letter, a digit or an apostrophe (spaces, tabs, punctuation), empty pieces dropped. "Not bad, really!" gives
    /// not, bad, really.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> has no word (empty, blank or only punctuation); the
    /// exception names it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>Hint: <c>char.IsLetterOrDigit</c>; collect the characters of the current word in a <c>StringBuilder</c>.</remarks>
    public static IReadOnlyList<string> Tokenize(string text) =>
        throw new NotImplementedException("Implement Vocabulary.Tokenize — see docs/07-sentiment.md#task-1-the-vocabulary");

    /// <summary>
    /// The vocabulary of <paramref name="texts"/>: <see cref="UnknownToken"/> at index 0, then every distinct word of the
    /// texts (<see cref="Tokenize"/>) in the order it first appears. "good", "not good", "very bad" gives
    /// <c>&lt;unk&gt;, good, not, very, bad</c>.
    /// </summary>
    /// <exception cref="ArgumentException">There is no text, or a text has no word (the message gives its index); the
    /// exception names <paramref name="texts"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of them is null.</exception>
    public static Vocabulary FromTexts(IEnumerable<string> texts) =>
        throw new NotImplementedException("Implement Vocabulary.FromTexts — see docs/07-sentiment.md#task-1-the-vocabulary");

    /// <summary>The index of <paramref name="word"/> (as <see cref="Tokenize"/> writes it), or <see cref="UnknownIndex"/> for a word not in the vocabulary.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public int IndexOf(string word) =>
        throw new NotImplementedException("Implement Vocabulary.IndexOf — see docs/07-sentiment.md#task-1-the-vocabulary");

    /// <summary>The index of each word of <paramref name="text"/>, and how many of them are unknown.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> has no word (the exception names it).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public EncodedText Encode(string text) =>
        throw new NotImplementedException("Implement Vocabulary.Encode — see docs/07-sentiment.md#task-2-one-hot-inputs");

    /// <summary>
    /// The network's inputs for <paramref name="text"/> (the lecture's <c>createInputs</c>): one vector per word, V long,
    /// 1 at the word's index and 0 elsewhere (an unknown word: 1 at <see cref="UnknownIndex"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> has no word (the exception names it).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Vector<double>> OneHot(string text) =>
        throw new NotImplementedException("Implement Vocabulary.OneHot — see docs/07-sentiment.md#task-2-one-hot-inputs");
}
