using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab07.Tests;

/// <summary>Small networks and phrases the tests share.</summary>
internal static class Phrases
{
    /// <summary>A network with weights far from zero (so that tanh bends and every gradient is sizeable), from seeds.</summary>
    public static SentimentRnn Random(int vocabulary, int hidden, int seed) => new(
        KataRandom.Normal(hidden, vocabulary, seed, 0.6), KataRandom.Normal(hidden, hidden, seed + 1, 0.5),
        KataRandom.Normal(Sentiment.ClassCount, hidden, seed + 2, 0.8), KataRandom.Normal(hidden, 1, seed + 3, 0.3).Column(0),
        KataRandom.Normal(Sentiment.ClassCount, 1, seed + 4, 0.3).Column(0));

    /// <summary>One-hot inputs of the word indices <paramref name="indices"/> over <paramref name="vocabulary"/> words.</summary>
    public static IReadOnlyList<Vector<double>> OneHot(int vocabulary, params int[] indices) =>
        indices.Select(i => Vector<double>.Build.Dense(vocabulary, k => k == i ? 1.0 : 0.0)).ToArray();

    /// <summary>The examples of <paramref name="lines"/> written as "+ text" or "- text".</summary>
    public static SentimentExample[] Examples(params string[] lines) =>
        lines.Select(l => new SentimentExample(l[2..], l[0] == '+' ? Sentiment.Positive : Sentiment.Negative)).ToArray();
}
