using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab07;

/// <summary>
/// The baseline the network must beat (chapter 7, "A bag of words"): logistic regression on word counts,
/// <c>p(positive) = σ(w·n(text) + b)</c> with n the count of each vocabulary word (unknown words in the unknown token's slot).
/// It sees which words a phrase holds, never their order: "good not bad" and "bad not good" get the same probability.
/// Trained by full-batch gradient descent on the mean cross-entropy plus <c>λ/2·|w|²</c>, from zeros (deterministic).
/// </summary>
public sealed class BagOfWordsBaseline
{
    private readonly Vocabulary _vocabulary;
    private readonly Vector<double> _weights;
    private readonly double _bias;

    private BagOfWordsBaseline(Vocabulary vocabulary, Vector<double> weights, double bias) => (_vocabulary, _weights, _bias) = (vocabulary, weights, bias);

    /// <summary>Fits the baseline on <paramref name="train"/> over <paramref name="vocabulary"/>.</summary>
    /// <param name="vocabulary">The words (the network's vocabulary).</param>
    /// <param name="train">The training phrases.</param>
    /// <param name="iterations">Gradient steps.</param>
    /// <param name="learningRate">The step size.</param>
    /// <param name="l2">λ, the weight decay (keeps the weights finite on separable data).</param>
    /// <exception cref="ArgumentException">There is no phrase, or a class is not 0 or 1.</exception>
    public static BagOfWordsBaseline Fit(Vocabulary vocabulary, IReadOnlyList<SentimentExample> train, int iterations = 2000, double learningRate = 0.5, double l2 = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(train);
        if (train.Count == 0)
            throw new ArgumentException("The baseline needs at least one phrase.", nameof(train));
        if (train.Any(e => e.Label is not (Sentiment.Negative or Sentiment.Positive)))
            throw new ArgumentException("Every class must be 0 or 1.", nameof(train));
        var counts = Matrix<double>.Build.DenseOfRowVectors(train.Select(e => Counts(vocabulary, e.Text)));
        var labels = Vector<double>.Build.DenseOfEnumerable(train.Select(e => (double)e.Label));
        var (weights, bias) = (Vector<double>.Build.Dense(vocabulary.Count), 0.0);
        for (int i = 0; i < iterations; i++)
        {
            var error = (counts * weights + bias).Map(Sigmoid) - labels;
            weights -= learningRate * (counts.TransposeThisAndMultiply(error) / train.Count + l2 * weights);
            bias -= learningRate * error.Average();
        }
        return new BagOfWordsBaseline(vocabulary, weights, bias);
    }

    /// <summary>p(positive) of <paramref name="text"/>.</summary>
    public double PositiveProbability(string text) => Sigmoid(Counts(_vocabulary, text) * _weights + _bias);

    /// <summary>The predicted class of <paramref name="text"/> (positive when p(positive) &gt; ½).</summary>
    public int Predict(string text) => PositiveProbability(text) > 0.5 ? Sentiment.Positive : Sentiment.Negative;

    /// <summary>The share of <paramref name="examples"/> classified right.</summary>
    public double Accuracy(IReadOnlyList<SentimentExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        return examples.Count == 0 ? double.NaN : examples.Count(e => Predict(e.Text) == e.Label) / (double)examples.Count;
    }

    private static Vector<double> Counts(Vocabulary vocabulary, string text)
    {
        var counts = Vector<double>.Build.Dense(vocabulary.Count);
        foreach (var index in vocabulary.Encode(text).Indices)
            counts[index] += 1;
        return counts;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
