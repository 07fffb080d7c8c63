using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab07;

/// <summary>A vocabulary and a network trained on it: what reads a new phrase (given; it calls your code).</summary>
/// <param name="Vocabulary">The words of the training phrases.</param>
/// <param name="Network">The trained network.</param>
public sealed record SentimentModel(Vocabulary Vocabulary, SentimentRnn Network)
{
    /// <summary>The forward pass over <paramref name="text"/> (unknown words read as the unknown-word token).</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> has no word.</exception>
    public ForwardRun Read(string text) => Network.Forward(Vocabulary.OneHot(text));

    /// <summary>The hidden states h_0 … h_T over <paramref name="text"/> (chapter 7's path through a phrase).</summary>
    public IReadOnlyList<Vector<double>> HiddenPath(string text) => Read(text).Hidden;

    /// <summary>Scores the model on <paramref name="examples"/>, taking no step.</summary>
    /// <exception cref="ArgumentException">There is no example, or one has no word or a class other than 0 or 1.</exception>
    public Evaluation Evaluate(IReadOnlyList<SentimentExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
            throw new ArgumentException("There is no phrase to evaluate.", nameof(examples));
        var (loss, correct, unknown) = (0.0, 0, 0);
        var (predicted, positive) = (new int[examples.Count], new double[examples.Count]);
        for (int i = 0; i < examples.Count; i++)
        {
            var example = examples[i];
            if (example.Label is not (Sentiment.Negative or Sentiment.Positive))
                throw new ArgumentException($"Phrase {i} ('{example.Text}') has the class {example.Label}, not 0 or 1.", nameof(examples));
            unknown += Vocabulary.Encode(example.Text).UnknownWords;
            var run = Read(example.Text);
            loss += Softmax.CrossEntropy(run.Probabilities, example.Label);
            predicted[i] = run.PredictedClass;
            positive[i] = run.Probabilities[Sentiment.Positive];
            correct += predicted[i] == example.Label ? 1 : 0;
        }
        return new Evaluation(loss / examples.Count, (double)correct / examples.Count, predicted, positive, unknown);
    }
}
