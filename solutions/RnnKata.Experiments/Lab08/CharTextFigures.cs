using RnnKata.Given.Plotting;

namespace RnnKata.Experiments.Lab08;

/// <summary>Chapter 8's figure: validation bits per character as training goes, against the unigram entropy.</summary>
public static class CharTextFigures
{
    /// <summary>The colour of the lecture's network.</summary>
    public const string LectureColor = "#1F77B4";

    /// <summary>The colour of min-char-rnn.</summary>
    public const string MinCharColor = "#FF7F0E";

    /// <summary>The colour of the unigram line.</summary>
    public const string UnigramColor = "#7F7F7F";

    /// <summary>
    /// Two panels: the lecture's network after each round, and min-char-rnn after each report (at <paramref name="minCharSteps"/>),
    /// each beside the horizontal line of <paramref name="unigramBits"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A curve is empty, the min-char curve and its steps differ in length, or the entropy is not finite.</exception>
    public static Figure Validation(string corpus, IReadOnlyList<double> lectureBits, IReadOnlyList<double> minCharBits, IReadOnlyList<double> minCharSteps, double unigramBits)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(lectureBits);
        ArgumentNullException.ThrowIfNull(minCharBits);
        ArgumentNullException.ThrowIfNull(minCharSteps);
        if (lectureBits.Count == 0 || minCharBits.Count == 0)
            throw new ArgumentException("The validation figure needs at least one point per model.", nameof(lectureBits));
        if (minCharSteps.Count != minCharBits.Count)
            throw new ArgumentException($"{minCharBits.Count} min-char-rnn scores but {minCharSteps.Count} steps.", nameof(minCharSteps));
        if (!double.IsFinite(unigramBits))
            throw new ArgumentException("The unigram entropy must be a finite number.", nameof(unigramBits));
        var rounds = Enumerable.Range(1, lectureBits.Count).Select(r => (double)r).ToArray();
        string unigram = $"unigram entropy ({unigramBits:F2} bits/char)";
        var lecture = new Panel("the lecture: windows of 10 → next (Elman 128, Adam, batch 128)", "round (one epoch)", "validation bits/char",
        [
            new LineSeries("validation", rounds, lectureBits.ToArray(), LectureColor),
            new LineSeries(unigram, [rounds[0], rounds[^1]], [unigramBits, unigramBits], UnigramColor),
        ]);
        var minChar = new Panel("min-char-rnn: chunks of 25, state carried (Elman 100, Adagrad 0.1)", "step (one chunk)", "validation bits/char",
        [
            new LineSeries("validation", minCharSteps.ToArray(), minCharBits.ToArray(), MinCharColor),
            new LineSeries(unigram, [minCharSteps[0], minCharSteps[^1]], [unigramBits, unigramBits], UnigramColor),
        ]);
        return new Figure($"Held-out tail of {corpus}: bits per character", [lecture, minChar], Width: 1400, Height: 440);
    }
}
