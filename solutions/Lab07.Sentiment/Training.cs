using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab07;

/// <summary>The lecture's training loop: SGD on one phrase at a time, gradients clipped, phrases shuffled every epoch.</summary>
public static class Training
{
    /// <summary>One clipped SGD step in place.</summary>
    public static void Step(SentimentRnn network, RnnGradients gradients, double learningRate, double clip)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gradients);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentException($"The learning rate must be a positive finite number but is {learningRate}.", nameof(learningRate));
        if (!(clip > 0) || double.IsNaN(clip))
            throw new ArgumentException($"The clip must be positive but is {clip}.", nameof(clip));
        var pairs = new[] { (network.WeightXh, gradients.WeightXh), (network.WeightHh, gradients.WeightHh), (network.WeightHy, gradients.WeightHy) };
        foreach (var (parameter, gradient) in pairs)
        {
            Require.Shape(gradient, parameter.RowCount, parameter.ColumnCount, nameof(gradients));
            Require.Finite(gradient, nameof(gradients));
        }
        foreach (var (parameter, gradient) in new[] { (network.BiasH, gradients.BiasH), (network.BiasY, gradients.BiasY) })
        {
            Require.Length(gradient, parameter.Count, nameof(gradients));
            Require.Finite(gradient, nameof(gradients));
        }
        foreach (var (parameter, gradient) in pairs)
            parameter.Subtract(gradient.Map(v => Math.Clamp(v, -clip, clip)) * learningRate, parameter);
        foreach (var (parameter, gradient) in new[] { (network.BiasH, gradients.BiasH), (network.BiasY, gradients.BiasY) })
            parameter.Subtract(gradient.Map(v => Math.Clamp(v, -clip, clip)) * learningRate, parameter);
    }

    /// <summary>Trains the lecture's network on <paramref name="train"/>, scoring it on <paramref name="test"/> after every epoch.</summary>
    public static TrainedSentiment Fit(IReadOnlyList<SentimentExample> train, IReadOnlyList<SentimentExample> test, TrainingOptions options,
                                       Action<EpochMetrics>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Require();
        RequireExamples(train, nameof(train));
        RequireExamples(test, nameof(test));
        var vocabulary = Vocabulary.FromTexts(train.Select(e => e.Text));
        var network = LectureWeights.Draw(vocabulary.Count, options.Hidden, options.Seed);
        var model = new SentimentModel(vocabulary, network);
        var inputs = train.Select(e => vocabulary.OneHot(e.Text)).ToArray();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var history = new List<EpochMetrics>(options.Epochs);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            for (int k = order.Length - 1; k > 0; k--)
            {
                int j = random.Next(k + 1);
                (order[k], order[j]) = (order[j], order[k]);
            }
            var (loss, correct) = (0.0, 0);
            foreach (var i in order)
            {
                var run = network.Forward(inputs[i]);
                loss += Softmax.CrossEntropy(run.Probabilities, train[i].Label);
                correct += run.PredictedClass == train[i].Label ? 1 : 0;
                Step(network, network.Backward(run, train[i].Label), options.LearningRate, options.Clip);
            }
            var scores = model.Evaluate(test);
            history.Add(new EpochMetrics(epoch, loss / train.Count, (double)correct / train.Count, scores.Loss, scores.Accuracy));
            progress?.Invoke(history[^1]);
        }
        return new TrainedSentiment(model, history);
    }

    private static void RequireExamples(IReadOnlyList<SentimentExample> examples, string name)
    {
        ArgumentNullException.ThrowIfNull(examples, name);
        if (examples.Count == 0)
            throw new ArgumentException($"The {name} set has no phrase.", name);
        for (int i = 0; i < examples.Count; i++)
        {
            var example = examples[i] ?? throw new ArgumentNullException(name, $"Phrase {i} of the {name} set is null.");
            if (example.Label is not (Sentiment.Negative or Sentiment.Positive))
                throw new ArgumentException($"Phrase {i} of the {name} set ('{example.Text}') has the class {example.Label}, not 0 or 1.", name);
            if (string.IsNullOrWhiteSpace(example.Text) || !example.Text.Any(char.IsLetterOrDigit))
                throw new ArgumentException($"Phrase {i} of the {name} set has no word.", name);
        }
    }
}
