using RnnKata.Lab07;

namespace RnnKata.Experiments.Lab07;

/// <summary>The test phrases chapter 7 scores apart: those where word order decides, and those with a negation.</summary>
internal static class PhraseSubsets
{
    /// <summary>The indices of phrases whose words, reordered, make another phrase of the set with the other class (mirror pairs).</summary>
    public static int[] OrderDependent(IReadOnlyList<SentimentExample> examples)
    {
        var bags = examples.Select(e => string.Join(' ', Vocabulary.Tokenize(e.Text).Order(StringComparer.Ordinal))).ToArray();
        return Enumerable.Range(0, examples.Count)
            .Where(i => Enumerable.Range(0, examples.Count).Any(j => bags[j] == bags[i] && examples[j].Label != examples[i].Label)).ToArray();
    }

    /// <summary>The indices of phrases holding the word <paramref name="negation"/>.</summary>
    public static int[] Negated(IReadOnlyList<SentimentExample> examples, string negation) =>
        Enumerable.Range(0, examples.Count).Where(i => Vocabulary.Tokenize(examples[i].Text).Contains(negation)).ToArray();

    /// <summary>The share of <paramref name="indices"/> where <paramref name="predicted"/> is the phrase's class.</summary>
    public static double Accuracy(IReadOnlyList<SentimentExample> examples, IReadOnlyList<int> predicted, IReadOnlyList<int> indices) =>
        indices.Count == 0 ? double.NaN : indices.Count(i => predicted[i] == examples[i].Label) / (double)indices.Count;
}
