using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04.Tests;

/// <summary>
/// <see cref="Training.OnDataset"/>'s loop assembled in double from the lab's own pieces (<see cref="Losses"/>,
/// <see cref="Adam"/>) and the given <see cref="RecurrentModel"/>, as the docs of <see cref="Training"/> describe it:
/// each epoch a Fisher–Yates shuffle of the row indices from one <c>new Random(options.Seed)</c>, then one step per
/// full batch in that order. Returns the loss curve and the trained model that the training loop must reproduce.
/// </summary>
internal static class DatasetReplay
{
    public static (double[] Losses, RecurrentModel Model) Run(TrainingOptions options, WindowBatch train, int epochs)
    {
        var model = RecurrentModel.Seeded(options.Network, options.Seed);
        var random = new Random(options.Seed);
        var adam = new Adam(options.LearningRate);
        var order = Enumerable.Range(0, train.Count).ToArray();
        int batches = train.Count / options.BatchSize;
        var losses = new List<double>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            for (int k = order.Length - 1; k > 0; k--)
            {
                int j = random.Next(k + 1);
                (order[k], order[j]) = (order[j], order[k]);
            }
            for (int b = 0; b < batches; b++)
            {
                var rows = order.Skip(b * options.BatchSize).Take(options.BatchSize).ToArray();
                losses.Add(PiecesReplay.Step(model, adam, options, train.Rows(rows)));
            }
        }
        return (losses.ToArray(), model);
    }

    /// <summary>The model's outputs for <paramref name="windows"/> as rows: batch × n (every step) or batch × 1 (last step).</summary>
    public static Matrix<double> Outputs(RecurrentModel model, Matrix<double> windows) =>
        Sequences.ToRows(model.Forward(Sequences.FromRows(windows)).Predictions);
}
