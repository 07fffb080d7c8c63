using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>Reference solution of Task 11: full-batch training with BPTT and SGD.</summary>
public static class Training
{
    /// <summary>Forward, loss, BPTT, optional clipping and an SGD step, once per epoch.</summary>
    public static TrainingResult Train(ElmanParameters initial, SequenceData data, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (data.Inputs[0].ColumnCount != initial.Inputs || data.Targets[0].ColumnCount != initial.Outputs)
            throw new ArgumentException(
                $"data must have {initial.Inputs} input column(s) and {initial.Outputs} target column(s) per step, as the network has, " +
                $"but has {data.Inputs[0].ColumnCount} and {data.Targets[0].ColumnCount}.", nameof(data));

        var h0 = Matrix<double>.Build.Dense(data.Batch, initial.Hidden);
        var parameters = initial;
        var losses = new double[options.Epochs];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            var trace = ElmanNetwork.Forward(data.Inputs, h0, parameters, options.Activation);
            var loss = Losses.MeanSquaredError(trace.Outputs, data.Targets);
            losses[epoch] = loss.Value;
            var gradients = ElmanNetwork.Backward(trace, loss.DOutputs, parameters);
            var clipped = options.ClipNorm is { } bound ? GradientClipping.ByGlobalNorm(gradients, bound) : gradients;
            parameters = Sgd.Step(parameters, clipped, options.LearningRate);
        }
        return new TrainingResult(parameters, losses);
    }
}
