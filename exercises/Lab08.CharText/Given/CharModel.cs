using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08;

/// <summary>
/// A trained character model (given): what <see cref="LectureTraining.Fit"/> and <see cref="MinCharTraining.Fit"/> return.
/// It scores held-out text in bits per character and generates text with your <see cref="Sampler"/>. Dispose it when done
/// (the reference solution holds engine memory).
/// </summary>
public sealed class CharModel : IDisposable
{
    private readonly Func<int[], Matrix<double>> _logits;
    private readonly IDisposable? _owner;

    /// <summary>A model whose <paramref name="logits"/> maps an encoded text of n ≥ <paramref name="warmup"/> characters to the
    /// logits predicting characters <paramref name="warmup"/> … n (the last row predicts the character after the text).</summary>
    internal CharModel(Alphabet alphabet, int warmup, int window, Func<int[], Matrix<double>> logits, IReadOnlyList<double> losses,
                       IReadOnlyList<RoundReport> rounds, IDisposable? owner = null)
    {
        (Alphabet, Warmup, Window, _logits, Losses, Rounds, _owner) = (alphabet, warmup, window, logits, losses, rounds, owner);
    }

    /// <summary>The characters it reads and writes.</summary>
    public Alphabet Alphabet { get; }

    /// <summary>Characters read before the first prediction: the window's length (the lecture), or 1 (min-char-rnn).</summary>
    public int Warmup { get; }

    /// <summary>Characters a prediction reads: the window's length (the lecture), or <see cref="int.MaxValue"/>: all before it (min-char-rnn).</summary>
    public int Window { get; }

    /// <summary>Every step's training loss (mean cross-entropy of its batch or chunk, nats per character, before the step).</summary>
    public IReadOnlyList<double> Losses { get; }

    /// <summary>The reports after every round.</summary>
    public IReadOnlyList<RoundReport> Rounds { get; }

    /// <summary>The logits of the character after <paramref name="context"/> (its last <see cref="Window"/> characters), V of them.</summary>
    /// <exception cref="ArgumentException">The context is shorter than <see cref="Warmup"/> or holds a character outside the alphabet.</exception>
    public Vector<double> NextLogits(string context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Length < Warmup)
            throw new ArgumentException($"The context holds {context.Length} characters; the model reads {Warmup}.", nameof(context));
        var read = context.Length > Window ? context[^Window..] : context;
        return _logits(Alphabet.Encode(read)).Row(read.Length - Warmup);
    }

    /// <summary>The mean cross-entropy of predicting every character of <paramref name="text"/> after the first
    /// <see cref="Warmup"/> from those before it, in bits per character.</summary>
    /// <exception cref="ArgumentException">The text is not longer than <see cref="Warmup"/> or holds a character outside the alphabet.</exception>
    public double BitsPerChar(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= Warmup)
            throw new ArgumentException($"The text holds {text.Length} characters: scoring needs more than {Warmup}.", nameof(text));
        var encoded = Alphabet.Encode(text);
        var logits = _logits(encoded);
        return CrossEntropy.Of(logits.SubMatrix(0, logits.RowCount - 1, 0, logits.ColumnCount), encoded[Warmup..]).Loss / Math.Log(2);
    }

    /// <summary>
    /// <paramref name="count"/> characters after <paramref name="seed"/>: each step picks the next character from
    /// <see cref="NextLogits"/> of the text so far, greedily when <paramref name="temperature"/> is null (the lecture), else by
    /// <see cref="Sampler.Sample"/> at that temperature with <paramref name="random"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The seed is shorter than <see cref="Warmup"/> or holds a character outside the alphabet
    /// (the message names the character; the exception names <paramref name="seed"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is not a positive finite number, or the count is negative.</exception>
    public string Generate(string seed, int count, double? temperature, Random random)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (temperature is { } t && !(t > 0 && double.IsFinite(t)))
            throw new ArgumentOutOfRangeException(nameof(temperature), t, "The temperature must be a positive finite number (null: greedy).");
        if (seed.Length < Warmup)
            throw new ArgumentException($"The seed holds {seed.Length} characters; the model reads {Warmup}.", nameof(seed));
        try
        {
            Alphabet.Encode(seed);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            throw new ArgumentException($"The seed cannot be generated from: {e.Message}", nameof(seed), e);
        }
        var text = new System.Text.StringBuilder(seed);
        for (int i = 0; i < count; i++)
        {
            var logits = NextLogits(text.ToString());
            text.Append(Alphabet.Symbols[temperature is { } tau ? Sampler.Sample(logits, tau, random) : Sampler.Greedy(logits)]);
        }
        return text.ToString(seed.Length, count);
    }

    /// <inheritdoc />
    public void Dispose() => _owner?.Dispose();
}
