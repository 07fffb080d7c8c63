using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab08.Tests;

/// <summary>
/// The two training loops replayed in double from the pieces (your alphabet, cross-entropy, chunk and Adagrad; the given
/// recurrent layers and Adam), step for step as chapter 8 describes them. The reference solution's float32 engine must match.
/// </summary>
internal static class Replay
{
    public const string Text = "the cat sat on the mat. the dog sat on the log. a cat, a dog, a mat and a log.";

    public static CorpusSplit Corpus() => Lab08.Corpus.Split(Text, 0.2);

    /// <summary>The lecture's loop: every step's loss, and the validation bits per character of the trained model.</summary>
    public static (double[] Losses, double ValidationBits) Lecture(LectureOptions options, CorpusSplit corpus)
    {
        var alphabet = corpus.Alphabet;
        var model = RecurrentModel.Seeded(options.Spec(alphabet.Size), options.Seed);
        var parameters = model.GetParameters();
        var adam = new Adam(options.LearningRate, options.Beta1, options.Beta2, options.Epsilon);
        var text = alphabet.Encode(corpus.Train);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, text.Length - options.Steps).ToArray();
        var losses = new List<double>();
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            for (int k = order.Length - 1; k > 0; k--)
            {
                int j = random.Next(k + 1);
                (order[k], order[j]) = (order[j], order[k]);
            }
            for (int b = 0; b < order.Length / options.BatchSize; b++)
            {
                var starts = order.Skip(b * options.BatchSize).Take(options.BatchSize).ToArray();
                var run = model.Forward(Windows(alphabet, text, starts, options.Steps));
                var (loss, dLogits) = CrossEntropy.Of(run.Predictions[0], starts.Select(s => text[s + options.Steps]).ToArray());
                adam.Step(parameters, model.Backward(run, [dLogits]));
                model.SetParameters(parameters);
                losses.Add(loss);
            }
        }
        var validation = alphabet.Encode(corpus.Validation);
        var windows = Enumerable.Range(0, validation.Length - options.Steps).ToArray();
        var logits = model.Forward(Windows(alphabet, validation, windows, options.Steps)).Predictions[0];
        return (losses.ToArray(), CrossEntropy.Of(logits, windows.Select(s => validation[s + options.Steps]).ToArray()).Loss / Math.Log(2));
    }

    /// <summary>min-char-rnn's loop: every step's loss, and the validation bits per character of the trained network.</summary>
    public static (double[] Losses, double ValidationBits) MinChar(MinCharOptions options, CorpusSplit corpus)
    {
        var alphabet = corpus.Alphabet;
        var parameters = CharRnn.Seeded(alphabet.Size, options.Hidden, options.Seed);
        var network = new CharRnn(alphabet.Size, options.Hidden, parameters);
        var adagrad = new Adagrad(options.LearningRate);
        var text = alphabet.Encode(corpus.Train);
        var losses = new List<double>();
        var h = Matrix<double>.Build.Dense(1, options.Hidden);
        int p = 0;
        for (int step = 0; step < options.Iterations; step++)
        {
            if (p + options.Chunk + 1 >= text.Length)
                (p, h) = (0, Matrix<double>.Build.Dense(1, options.Hidden));
            var chunk = TruncatedBptt.Chunk(network, text[p..(p + options.Chunk)], text[(p + 1)..(p + options.Chunk + 1)], h);
            adagrad.Step(parameters, Adagrad.ClipByValue(chunk.Gradient, options.ClipSum / options.Chunk));
            network.SetParameters(parameters);
            (h, p) = (chunk.FinalHidden, p + options.Chunk);
            losses.Add(chunk.Loss);
        }
        var validation = alphabet.Encode(corpus.Validation);
        var run = network.Forward(validation[..^1].Select(c => alphabet.OneHot([c])).ToArray(), Matrix<double>.Build.Dense(1, options.Hidden));
        var logits = Matrix<double>.Build.DenseOfRowVectors(run.Logits.Select(l => l.Row(0)));
        return (losses.ToArray(), CrossEntropy.Of(logits, validation[1..]).Loss / Math.Log(2));
    }

    private static Matrix<double>[] Windows(Alphabet alphabet, int[] text, int[] starts, int steps) =>
        Enumerable.Range(0, steps).Select(t => alphabet.OneHot(starts.Select(s => text[s + t]).ToArray())).ToArray();
}
