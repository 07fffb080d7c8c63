using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08;

/// <summary>
/// The characters of a corpus, each with an index (chapter 8, "Task 1"): the distinct characters sorted by code point
/// (ordinal order), so the same text always gives the same indices. The lecture's <c>set()</c> order changes from run
/// to run; this one does not.
/// </summary>
public sealed class Alphabet
{
    /// <summary>The alphabet of <paramref name="text"/>: its distinct characters (UTF-16 code units), sorted by code point.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>Hint: <c>text.Distinct().Order()</c> sorts chars by their numeric value; keep an index per char
    /// (a <c>Dictionary&lt;char, int&gt;</c>) for <see cref="IndexOf"/>.</remarks>
    public static Alphabet Of(string text) =>
        throw new NotImplementedException("Implement Alphabet.Of — see docs/08-char-text.md#task-1-the-alphabet-and-the-encoding");

    /// <summary>V, the number of characters.</summary>
    public int Size =>
        throw new NotImplementedException("Implement Alphabet.Size — see docs/08-char-text.md#task-1-the-alphabet-and-the-encoding");

    /// <summary>The characters, in index order (ascending code points).</summary>
    public IReadOnlyList<char> Symbols =>
        throw new NotImplementedException("Implement Alphabet.Symbols — see docs/08-char-text.md#task-1-the-alphabet-and-the-encoding");

    /// <summary>The index of <paramref name="symbol"/>.</summary>
    /// <exception cref="ArgumentException">The character is not in the alphabet: the message shows it, quoted, and its
    /// code point (U+XXXX); the exception names <paramref name="symbol"/>.</exception>
    public int IndexOf(char symbol) =>
        throw new NotImplementedException("Implement Alphabet.IndexOf — see docs/08-char-text.md#task-1-the-alphabet-and-the-encoding");

    /// <summary>The index of every character of <paramref name="text"/>, in order.</summary>
    /// <exception cref="ArgumentException">A character is not in the alphabet: the message shows it, its code point and its
    /// position in <paramref name="text"/>; the exception names <paramref name="text"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public int[] Encode(string text) =>
        throw new NotImplementedException("Implement Alphabet.Encode — see docs/08-char-text.md#task-1-the-alphabet-and-the-encoding");

    /// <summary>The text of <paramref name="indices"/>.</summary>
    /// <exception cref="ArgumentException">An index is outside [0, V): the message gives it; the exception names <paramref name="indices"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="indices"/> is null.</exception>
    public string Decode(IEnumerable<int> indices) =>
        throw new NotImplementedException("Implement Alphabet.Decode — see docs/08-char-text.md#task-1-the-alphabet-and-the-encoding");

    /// <summary>One-hot rows: row i is all zeros but a 1 in column <paramref name="indices"/>[i]; count × V.</summary>
    /// <exception cref="ArgumentException">An index is outside [0, V) (the exception names <paramref name="indices"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="indices"/> is null.</exception>
    public Matrix<double> OneHot(IReadOnlyList<int> indices) =>
        throw new NotImplementedException("Implement Alphabet.OneHot — see docs/08-char-text.md#task-1-the-alphabet-and-the-encoding");
}
