using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab08;

/// <summary>
/// The lecture's training (given, in double over your pieces and the given recurrent layers): every window of
/// <see cref="LectureOptions.Steps"/> characters of the training text predicts the next one. Each round shuffles the
/// windows (Fisher–Yates from one <c>new Random(options.Seed)</c>: for k = N − 1 down to 1, swap k with
/// <c>random.Next(k + 1)</c>) and takes one Adam step per full batch in that order (Keras would also step on the short last
/// batch); then it scores the validation text and generates greedily from a random window (<c>new Random(options.Seed + 1)</c>).
/// </summary>
public static class LectureTraining
{
    // Windows per forward pass when scoring: bounds the memory of one pass.
    private const int ScoringBatch = 512;

    /// <summary>Trains the lecture's network on <paramref name="corpus"/>.</summary>
    /// <exception cref="ArgumentException">The options are out of range (naming <c>options</c>), or the corpus is too short (naming <c>corpus</c>).</exception>
    public static CharModel Fit(LectureOptions options, CorpusSplit corpus, Action<RoundReport>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Require(corpus);
        var alphabet = corpus.Alphabet;
        var model = RecurrentModel.Seeded(options.Spec(alphabet.Size), options.Seed);
        var parameters = model.GetParameters();
        var adam = new Adam(options.LearningRate, options.Beta1, options.Beta2, options.Epsilon);
        var text = alphabet.Encode(corpus.Train);
        var (losses, rounds) = (new List<double>(), new List<RoundReport>());
        var result = new CharModel(alphabet, options.Steps, options.Steps, encoded => Logits(model, alphabet, encoded, options.Steps), losses, rounds);
        var (random, sampling) = (new Random(options.Seed), new Random(options.Seed + 1));
        var order = Enumerable.Range(0, text.Length - options.Steps).ToArray();
        int batches = order.Length / options.BatchSize;
        for (int round = 1; round <= options.Epochs; round++)
        {
            for (int k = order.Length - 1; k > 0; k--)
            {
                int j = random.Next(k + 1);
                (order[k], order[j]) = (order[j], order[k]);
            }
            for (int b = 0; b < batches; b++)
            {
                var starts = new ArraySegment<int>(order, b * options.BatchSize, options.BatchSize);
                var run = model.Forward(Steps(alphabet, text, starts, options.Steps));
                var (loss, dLogits) = CrossEntropy.Of(run.Predictions[0], starts.Select(s => text[s + options.Steps]).ToArray());
                adam.Step(parameters, model.Backward(run, [dLogits]));
                model.SetParameters(parameters);
                losses.Add(loss);
            }
            rounds.Add(RoundReport.Of(result, round, options.Epochs, losses.Skip(losses.Count - batches).Average(), corpus, options.GeneratedLength, sampling));
            progress?.Invoke(rounds[^1]);
        }
        return result;
    }

    /// <summary>The one-hot inputs of the windows starting at <paramref name="starts"/>: T matrices, each windows × V.</summary>
    private static Matrix<double>[] Steps(Alphabet alphabet, int[] text, IReadOnlyList<int> starts, int steps) =>
        Enumerable.Range(0, steps).Select(t => alphabet.OneHot(starts.Select(s => text[s + t]).ToArray())).ToArray();

    // The logits after every window of the encoded text: row i reads characters i … i + T − 1.
    private static Matrix<double> Logits(RecurrentModel model, Alphabet alphabet, int[] encoded, int steps)
    {
        var starts = Enumerable.Range(0, encoded.Length - steps + 1).ToArray();
        return Matrix<double>.Build.DenseOfRowVectors(starts.Chunk(ScoringBatch)
            .SelectMany(chunk => model.Forward(Steps(alphabet, encoded, chunk, steps)).Predictions[0].EnumerateRows()));
    }
}
