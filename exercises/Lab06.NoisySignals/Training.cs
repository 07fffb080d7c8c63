using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06;

/// <summary>
/// The lecture's <c>model.fit</c> (given: you wrote a training loop in Lab 4; this one runs your windows and head in
/// double). Each epoch shuffles the window indices (Fisher–Yates from one <c>new Random(options.Seed)</c>: for
/// k = N − 1 down to 1, swap k with <c>random.Next(k + 1)</c>) and takes one RMSProp step on each of the
/// ⌊N / BatchSize⌋ full batches in that order; the rest waits for a later epoch's shuffle (Keras would also step on
/// the short last batch).
/// </summary>
public static class Training
{
    /// <summary>Trains the lecture's model on <paramref name="train"/>.</summary>
    /// <param name="options">The model and how it trains.</param>
    /// <param name="train">The training windows, at least one batch of them.</param>
    /// <param name="progress">Called after every epoch.</param>
    /// <exception cref="ArgumentException">The options are out of range (naming <c>options</c>), or the training set is smaller
    /// than one batch or holds NaN or infinity (naming <paramref name="train"/>).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TrainedModel Fit(TrainingOptions options, WindowSet train, Action<EpochProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Require(train);
        var parameters = InitialParameters.Draw(options, train.Steps);
        var network = new ReferenceNetwork(options, train.Steps, parameters);
        var optimizer = new RmsProp(options.LearningRate, options.Rho, options.Epsilon);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        int batches = train.Count / options.BatchSize;
        var (losses, epochLosses) = (new List<double>(), new List<double>());
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            for (int k = order.Length - 1; k > 0; k--)
            {
                int j = random.Next(k + 1);
                (order[k], order[j]) = (order[j], order[k]);
            }
            for (int b = 0; b < batches; b++)
            {
                var (loss, gradient) = network.LossAndGradient(train.Rows(new ArraySegment<int>(order, b * options.BatchSize, options.BatchSize)));
                optimizer.Step(parameters, gradient);
                network.SetParameters(parameters);
                losses.Add(loss);
            }
            epochLosses.Add(losses.Skip(losses.Count - batches).Average());
            progress?.Invoke(new EpochProgress(epoch, options.Epochs, epochLosses[^1]));
        }
        return new TrainedModel(options, train.Steps, m => network.Predict(m), losses, epochLosses);
    }
}
