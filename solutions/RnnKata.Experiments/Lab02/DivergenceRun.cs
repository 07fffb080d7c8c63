using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab02;

namespace RnnKata.Experiments.Lab02;

/// <summary>
/// Chapter 2's "the same network at η = 0.1": the training loop of Task 10 run epoch by epoch with the
/// lab's own pieces (forward, loss, BPTT, optional clipping, SGD), recording every loss and where the
/// run stops when a value stops being finite (the kata's checks reject NaN and ±∞ with an
/// <see cref="ArgumentException"/>).
/// </summary>
/// <param name="Losses">J before each epoch's update, for the epochs that ran.</param>
/// <param name="StoppedAtEpoch">The epoch at which a check rejected a value that is not finite, or null when all epochs ran.</param>
/// <param name="StoppedOn">The argument the check named (e.g. <c>hPrevious</c>, <c>du</c>), or null.</param>
/// <param name="ActiveAfter20Epochs">Hidden activations above 0 over the whole batch and every step with the parameters after 20 updates.</param>
/// <param name="HiddenValuesAfter20Epochs">How many hidden activations that count is out of (batch × steps × hidden).</param>
internal sealed record DivergenceRun(
    IReadOnlyList<double> Losses, int? StoppedAtEpoch, string? StoppedOn, int? ActiveAfter20Epochs, int HiddenValuesAfter20Epochs)
{
    /// <summary>The first epoch whose loss is +∞, or null.</summary>
    public int? FirstInfiniteLoss => Losses.Select((loss, epoch) => (loss, epoch)).FirstOrDefault(p => double.IsPositiveInfinity(p.loss)) is { loss: double.PositiveInfinity } hit
        ? hit.epoch
        : null;

    /// <summary>Trains <paramref name="initial"/> on <paramref name="data"/> for <paramref name="epochs"/> epochs.</summary>
    public static DivergenceRun Train(ElmanParameters initial, SequenceData data, Activation activation, double learningRate, double? clipNorm, int epochs)
    {
        var h0 = Matrix<double>.Build.Dense(data.Batch, initial.Hidden);
        var parameters = initial;
        var losses = new List<double>();
        int? active = null;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            try
            {
                var trace = ElmanNetwork.Forward(data.Inputs, h0, parameters, activation);
                if (epoch == 20)
                    active = trace.Hidden.Sum(h => h.Enumerate().Count(v => v > 0));
                var loss = RnnKata.Lab02.Losses.MeanSquaredError(trace.Outputs, data.Targets);
                losses.Add(loss.Value);
                var gradients = ElmanNetwork.Backward(trace, loss.DOutputs, parameters);
                if (clipNorm is { } bound)
                    gradients = GradientClipping.ByGlobalNorm(gradients, bound);
                parameters = Sgd.Step(parameters, gradients, learningRate);
            }
            catch (ArgumentException notFinite) when (notFinite.Message.Contains("finite", StringComparison.Ordinal))
            {
                return new DivergenceRun(losses, epoch, notFinite.ParamName, active, data.Batch * data.Steps * initial.Hidden);
            }
        }
        return new DivergenceRun(losses, null, null, active, data.Batch * data.Steps * initial.Hidden);
    }
}
