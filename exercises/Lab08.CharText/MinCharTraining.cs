using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08;

/// <summary>
/// min-char-rnn's training (given, in double over your pieces and the given <see cref="CharRnn"/>): the training text is
/// read in chunks of <see cref="MinCharOptions.Chunk"/> characters, position p moving by a chunk each step; the hidden state
/// one chunk ends in starts the next, and both go back to the start (h = 0, p = 0) when a chunk and its targets no longer fit
/// (<c>p + Chunk + 1 ≥ length</c>). Each step: <see cref="TruncatedBptt.Chunk"/>, the gradient clipped to
/// ±<see cref="MinCharOptions.ClipMean"/>, one <see cref="Adagrad"/> step.
/// </summary>
public static class MinCharTraining
{
    /// <summary>Trains min-char-rnn on <paramref name="corpus"/>.</summary>
    /// <exception cref="ArgumentException">The options are out of range (naming <c>options</c>), or the corpus is too short (naming <c>corpus</c>).</exception>
    public static CharModel Fit(MinCharOptions options, CorpusSplit corpus, Action<RoundReport>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Require(corpus);
        var alphabet = corpus.Alphabet;
        var parameters = CharRnn.Seeded(alphabet.Size, options.Hidden, options.Seed);
        var network = new CharRnn(alphabet.Size, options.Hidden, parameters);
        var adagrad = new Adagrad(options.LearningRate);
        var text = alphabet.Encode(corpus.Train);
        var (losses, rounds) = (new List<double>(), new List<RoundReport>());
        var result = new CharModel(alphabet, 1, int.MaxValue, encoded => Logits(network, alphabet, encoded), losses, rounds);
        var sampling = new Random(options.Seed + 1);
        int reports = (options.Iterations + options.ReportEvery - 1) / options.ReportEvery;
        var h = Matrix<double>.Build.Dense(1, options.Hidden);
        int p = 0;
        for (int step = 1; step <= options.Iterations; step++)
        {
            if (p + options.Chunk + 1 >= text.Length)
                (p, h) = (0, Matrix<double>.Build.Dense(1, options.Hidden));
            var chunk = TruncatedBptt.Chunk(network, text[p..(p + options.Chunk)], text[(p + 1)..(p + options.Chunk + 1)], h);
            adagrad.Step(parameters, Adagrad.ClipByValue(chunk.Gradient, options.ClipMean));
            network.SetParameters(parameters);
            (h, p) = (chunk.FinalHidden, p + options.Chunk);
            losses.Add(chunk.Loss);
            if (step % options.ReportEvery == 0 || step == options.Iterations)
            {
                rounds.Add(RoundReport.Of(result, rounds.Count + 1, reports, options.Smoothed(losses, alphabet.Size)[^1] / options.Chunk, corpus,
                    options.GeneratedLength, sampling));
                progress?.Invoke(rounds[^1]);
            }
        }
        return result;
    }

    // The logits after every character of the encoded text, read from h = 0 in one pass.
    private static Matrix<double> Logits(CharRnn network, Alphabet alphabet, int[] encoded) =>
        Matrix<double>.Build.DenseOfRowVectors(network.Forward(encoded.Select(c => alphabet.OneHot([c])).ToArray(), Matrix<double>.Build.Dense(1, network.Hidden))
            .Logits.Select(l => l.Row(0)));
}
