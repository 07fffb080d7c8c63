using RnnKata.Engine;

namespace RnnKata.Lab08;

/// <summary>min-char-rnn's training, here on the engine in float32: the state carried by the engine from chunk to chunk
/// (<see cref="RecurrentNetwork.CarryFinalState"/>), Adagrad and clipping by value in the trainer.</summary>
public static class MinCharTraining
{
    /// <summary>Trains min-char-rnn on <paramref name="corpus"/>.</summary>
    public static CharModel Fit(MinCharOptions options, CorpusSplit corpus, Action<RoundReport>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Require(corpus);
        var alphabet = corpus.Alphabet;
        var shape = new NetworkShape
        {
            Cell = CellKind.ElmanTanh, Input = alphabet.Size, Hidden = options.Hidden, Output = alphabet.Size,
            Steps = options.Chunk, Batch = 1, Head = HeadPlacement.EveryStep, Loss = LossKind.SoftmaxCrossEntropy,
        };
        var network = EngineCharNetwork.Create(options.Backend, shape, CharRnn.Seeded(alphabet.Size, options.Hidden, options.Seed),
            OptimizerSettings.Adagrad((float)options.LearningRate), GradientClipping.ByValue((float)options.ClipMean));
        try
        {
            var text = alphabet.Encode(corpus.Train);
            var (losses, rounds) = (new List<double>(), new List<RoundReport>());
            var result = new CharModel(alphabet, 1, int.MaxValue, network.RunningLogits, losses, rounds, network);
            var sampling = new Random(options.Seed + 1);
            int reports = (options.Iterations + options.ReportEvery - 1) / options.ReportEvery;
            int p = 0;
            for (int step = 1; step <= options.Iterations; step++)
            {
                if (p + options.Chunk + 1 >= text.Length)
                {
                    p = 0;
                    network.ResetInitialState();
                }
                losses.Add(network.TrainStep(text, [p], text[(p + 1)..(p + options.Chunk + 1)].Select(c => (float)c).ToArray()));
                network.CarryFinalState();
                p += options.Chunk;
                if (step % options.ReportEvery == 0 || step == options.Iterations)
                {
                    rounds.Add(RoundReport.Of(result, rounds.Count + 1, reports, options.Smoothed(losses, alphabet.Size)[^1] / options.Chunk, corpus,
                        options.GeneratedLength, sampling));
                    progress?.Invoke(rounds[^1]);
                }
            }
            return result;
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }
}
