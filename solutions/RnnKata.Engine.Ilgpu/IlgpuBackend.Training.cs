using ILGPU;
using ILGPU.Runtime;
using RnnKata.Engine.Ilgpu.Kernels;

namespace RnnKata.Engine.Ilgpu;

// Linear layers, losses, reductions and optimizers.
public sealed partial class IlgpuBackend
{

    /// <inheritdoc />
    protected override void LinearForwardCore(LinearWeights weights, Slice inputs, Slice outputs, int rows, int input, int output)
    {
        Gemm(Transpose.No, Transpose.Yes, rows, output, input, 1f, View(inputs), View(weights.Weight), 0f, View(outputs));
        _kernels.AddBias(rows * output, View(outputs), View(weights.Bias), output);
    }

    /// <inheritdoc />
    protected override void LinearBackwardCore(
        LinearWeights weights, Slice inputs, Slice outputGradients, LinearWeights gradients, Slice inputGradients, int rows, int input, int output)
    {
        Gemm(Transpose.Yes, Transpose.No, output, input, rows, 1f, View(outputGradients), View(inputs), 1f, View(gradients.Weight));
        _kernels.AccumulateColumnSums(output, View(outputGradients), View(gradients.Bias), rows, output);
        if (inputGradients.IsPresent)
            Gemm(Transpose.No, Transpose.No, rows, input, output, 1f, View(outputGradients), View(weights.Weight), 0f, View(inputGradients));
    }

    /// <inheritdoc />
    protected override float LossCore(LossKind kind, Slice predictions, Slice targets, int rows, int columns, Slice predictionGradients)
    {
        var count = rows * columns;
        if (kind == LossKind.SoftmaxCrossEntropy)
        {
            _badRow.View.CopyFromCPU(_accelerator.DefaultStream, [int.MaxValue]);
            var config = ReductionConfig(rows);
            _kernels.SoftmaxCrossEntropy(config, View(predictions), View(targets), View(predictionGradients), _partials.View, _badRow.View, rows, columns);
            var bad = ReadBadRow();
            if (bad != int.MaxValue)
            {
                var value = Download(targets.Part(bad, 1))[0];
                throw new ArgumentException(
                    $"targets[{bad}] = {value} is not a class index: it must be an integer in [0, {columns}).", nameof(targets));
            }
            return (float)(SumPartials(config) / rows);
        }
        var (code, gradientScale, lossScale) = kind switch
        {
            LossKind.MeanSquaredError => (0, 2f / count, 1.0 / count),
            LossKind.RootMeanSquaredError => (0, 1f / count, 1.0 / count),
            LossKind.MeanAbsoluteError => (1, 1f / count, 1.0 / count),
            _ => (2, 1f, 1.0),
        };
        var elementwise = ReductionConfig(count);
        _kernels.ElementwiseLoss(elementwise, View(predictions), View(targets), View(predictionGradients), _partials.View, count, code, gradientScale);
        var loss = SumPartials(elementwise) * lossScale;
        if (kind != LossKind.RootMeanSquaredError)
            return (float)loss;
        // RMSE: the kernel wrote (p − t)/N; dividing by RMSE needs the sum, so it is a second pass.
        var rmse = Math.Sqrt(loss);
        ScaleCore(predictionGradients, rmse > 0 ? (float)(1 / rmse) : 0f);
        return (float)rmse;
    }

    /// <inheritdoc />
    protected override float L2PenaltyCore(Slice weights, Slice gradients, float lambda)
    {
        var sum = SumOfSquaresCore(weights);
        AxpyCore(lambda, weights, gradients);
        return 0.5f * lambda * sum;
    }

    /// <inheritdoc />
    protected override float SumOfSquaresCore(Slice x)
    {
        if (x.Length == 0)
            return 0f;
        var config = ReductionConfig(x.Length);
        _kernels.SumOfSquares(config, View(x), _partials.View, x.Length);
        return (float)SumPartials(config);
    }

    /// <inheritdoc />
    protected override void OptimizerStepCore(OptimizerSettings settings, Slice parameters, Slice gradients, Slice state, int step)
    {
        var n = parameters.Length;
        if (n == 0)
            return;
        var (p, g, first) = (View(parameters), View(gradients), View(state.Part(0, n)));
        switch (settings.Kind)
        {
            case OptimizerKind.Sgd:
                _kernels.Sgd(n, p, g, first, settings.LearningRate, settings.Momentum);
                break;
            case OptimizerKind.Adam:
                var correction1 = (float)(1 - Math.Pow(settings.Beta1, step));
                var correction2 = (float)(1 - Math.Pow(settings.Beta2, step));
                _kernels.Adam(n, p, g, first, View(state.Part(n, n)),
                    new AdamArgs(settings.LearningRate, settings.Beta1, settings.Beta2, settings.Epsilon, correction1, correction2));
                break;
            case OptimizerKind.RmsProp:
                _kernels.RmsProp(n, p, g, first, View(state.Part(n, n)),
                    new RmsPropArgs(settings.LearningRate, settings.Decay, settings.Momentum, settings.Epsilon));
                break;
            case OptimizerKind.Adagrad:
                _kernels.Adagrad(n, p, g, first, settings.LearningRate, settings.Epsilon);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Kind, "Unknown optimizer.");
        }
    }

    /// <summary>Enough groups of <see cref="_reductionGroup"/> threads for <paramref name="items"/>, at most <see cref="MaxReductionGroups"/>.</summary>
    private KernelConfig ReductionConfig(int items)
    {
        var groups = Math.Clamp((items + _reductionGroup - 1) / _reductionGroup, 1, MaxReductionGroups);
        return new KernelConfig(groups, _reductionGroup);
    }

    private double SumPartials(KernelConfig config)
    {
        var host = new double[config.GridDim.X];
        _partials.View.SubView(0, host.Length).CopyToCPU(_accelerator.DefaultStream, host);
        _accelerator.DefaultStream.Synchronize();
        var sum = 0.0;
        foreach (var value in host)
            sum += value;
        return sum;
    }

    private int ReadBadRow()
    {
        var host = new int[1];
        _badRow.View.CopyToCPU(_accelerator.DefaultStream, host);
        _accelerator.DefaultStream.Synchronize();
        return host[0];
    }
}
