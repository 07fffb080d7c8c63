using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08;

/// <summary>The characters of a corpus sorted by code point, each with its index.</summary>
public sealed class Alphabet
{
    private readonly char[] _symbols;
    private readonly Dictionary<char, int> _index;

    private Alphabet(char[] symbols)
    {
        _symbols = symbols;
        _index = symbols.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
    }

    /// <summary>The alphabet of <paramref name="text"/>.</summary>
    public static Alphabet Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
            throw new ArgumentException("An alphabet needs a text with at least one character.", nameof(text));
        return new Alphabet([.. text.Distinct().Order()]);
    }

    /// <summary>V.</summary>
    public int Size => _symbols.Length;

    /// <summary>The characters, in index order.</summary>
    public IReadOnlyList<char> Symbols => _symbols;

    /// <summary>The index of <paramref name="symbol"/>.</summary>
    public int IndexOf(char symbol) =>
        _index.TryGetValue(symbol, out int i) ? i : throw new ArgumentException($"{Describe(symbol)} is not in the alphabet of {Size} characters.", nameof(symbol));

    /// <summary>The index of every character of <paramref name="text"/>.</summary>
    public int[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoded = new int[text.Length];
        for (int k = 0; k < text.Length; k++)
        {
            if (!_index.TryGetValue(text[k], out encoded[k]))
                throw new ArgumentException($"{Describe(text[k])} at position {k} is not in the alphabet of {Size} characters.", nameof(text));
        }
        return encoded;
    }

    /// <summary>The text of <paramref name="indices"/>.</summary>
    public string Decode(IEnumerable<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        return new string(indices.Select(i => i >= 0 && i < Size ? _symbols[i]
            : throw new ArgumentException($"The index {i} is outside [0, {Size}).", nameof(indices))).ToArray());
    }

    /// <summary>One-hot rows, count × V.</summary>
    public Matrix<double> OneHot(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var rows = Matrix<double>.Build.Dense(indices.Count, Size);
        for (int r = 0; r < indices.Count; r++)
        {
            if (indices[r] < 0 || indices[r] >= Size)
                throw new ArgumentException($"indices[{r}] = {indices[r]} is outside [0, {Size}).", nameof(indices));
            rows[r, indices[r]] = 1;
        }
        return rows;
    }

    private static string Describe(char symbol) => $"'{symbol}' (U+{(int)symbol:X4})";
}
