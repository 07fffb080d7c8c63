using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06.Tests;

/// <summary>
/// <see cref="Training.Fit"/>'s loop replayed in double from the pieces (<see cref="ReferenceNetwork"/> over the given
/// Elman layer and your <see cref="DenseReluHead"/>, the given <see cref="RmsProp"/>): each epoch a Fisher–Yates shuffle
/// from one <c>new Random(options.Seed)</c>, one step per full batch. The reference solution's float32 engine must match it.
/// </summary>
internal static class TrainingReplay
{
    public static (double[] Losses, ReferenceNetwork Network) Run(TrainingOptions options, WindowSet train)
    {
        var parameters = InitialParameters.Draw(options, train.Steps);
        var network = new ReferenceNetwork(options, train.Steps, parameters);
        var optimizer = new RmsProp(options.LearningRate, options.Rho, options.Epsilon);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var losses = new List<double>();
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            for (int k = order.Length - 1; k > 0; k--)
            {
                int j = random.Next(k + 1);
                (order[k], order[j]) = (order[j], order[k]);
            }
            for (int b = 0; b < train.Count / options.BatchSize; b++)
            {
                var (loss, gradient) = network.LossAndGradient(train.Rows(order.Skip(b * options.BatchSize).Take(options.BatchSize).ToArray()));
                optimizer.Step(parameters, gradient);
                network.SetParameters(parameters);
                losses.Add(loss);
            }
        }
        return (losses.ToArray(), network);
    }

    public static Matrix<double> Predict(ReferenceNetwork network, Matrix<double> windows) => network.Predict(windows);
}
