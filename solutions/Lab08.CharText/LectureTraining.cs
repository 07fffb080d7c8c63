using RnnKata.Engine;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab08;

/// <summary>The lecture's training, here on the engine in float32 (same first weights, shuffles, batches and Adam steps as the given double loop).</summary>
public static class LectureTraining
{
    /// <summary>Trains the lecture's network on <paramref name="corpus"/>.</summary>
    public static CharModel Fit(LectureOptions options, CorpusSplit corpus, Action<RoundReport>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Require(corpus);
        var alphabet = corpus.Alphabet;
        var shape = new NetworkShape
        {
            Cell = EngineCharNetwork.Cell(options.Cell), Layers = options.Layers, Input = alphabet.Size, Hidden = options.Hidden, Output = alphabet.Size,
            Steps = options.Steps, Batch = options.BatchSize, Head = HeadPlacement.LastStep, Loss = LossKind.SoftmaxCrossEntropy,
        };
        var network = EngineCharNetwork.Create(options.Backend, shape, RecurrentModel.Seeded(options.Spec(alphabet.Size), options.Seed).GetParameters(),
            OptimizerSettings.Adam((float)options.LearningRate, (float)options.Beta1, (float)options.Beta2, (float)options.Epsilon), GradientClipping.None);
        try
        {
            var text = alphabet.Encode(corpus.Train);
            var (losses, rounds) = (new List<double>(), new List<RoundReport>());
            var result = new CharModel(alphabet, options.Steps, options.Steps, encoded => network.WindowLogits(encoded, options.Steps), losses, rounds, network);
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
                    losses.Add(network.TrainStep(text, starts, starts.Select(s => (float)text[s + options.Steps]).ToArray()));
                }
                rounds.Add(RoundReport.Of(result, round, options.Epochs, losses.Skip(losses.Count - batches).Average(), corpus, options.GeneratedLength, sampling));
                progress?.Invoke(rounds[^1]);
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
