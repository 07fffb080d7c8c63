namespace RnnKata.Engine;

// What each backend implements. Arguments arrive checked (see ComputeBackend.cs for their meaning).
public abstract partial class ComputeBackend
{
    /// <summary>A zeroed buffer.</summary>
    protected abstract DeviceBuffer AllocateCore(int length);

    /// <summary>True when <paramref name="exception"/> is this backend's way of saying "out of memory".</summary>
    protected virtual bool IsOutOfMemory(Exception exception) => false;

    /// <summary>See <see cref="Upload"/>.</summary>
    protected abstract void UploadCore(Slice destination, ReadOnlySpan<float> source);

    /// <summary>See <see cref="Download(Slice, Span{float})"/>.</summary>
    protected abstract void DownloadCore(Slice source, Span<float> destination);

    /// <summary>See <see cref="Fill"/>.</summary>
    protected abstract void FillCore(Slice destination, float value);

    /// <summary>See <see cref="Copy"/>.</summary>
    protected abstract void CopyCore(Slice source, Slice destination);

    /// <summary>See <see cref="Axpy"/>.</summary>
    protected abstract void AxpyCore(float alpha, Slice x, Slice y);

    /// <summary>See <see cref="Gemm"/>.</summary>
    protected abstract void GemmCore(Transpose transposeA, Transpose transposeB, int m, int n, int k, float alpha, Slice a, Slice b, float beta, Slice c);

    /// <summary>See <see cref="CreateRecurrentCache"/>.</summary>
    protected abstract RecurrentCache CreateRecurrentCacheCore(RecurrentShape shape, int batch, int steps);

    /// <summary>See <see cref="RecurrentForward"/>.</summary>
    protected abstract void RecurrentForwardCore(
        RecurrentShape shape, RecurrentWeights weights, Slice inputs, Slice initialHidden, Slice initialCell, RecurrentCache cache);

    /// <summary>See <see cref="RecurrentBackward"/>.</summary>
    protected abstract void RecurrentBackwardCore(
        RecurrentShape shape, RecurrentWeights weights, RecurrentCache cache, Slice inputs, Slice initialHidden, Slice initialCell,
        Slice outputGradients, Slice lastCellGradient, RecurrentWeights gradients,
        Slice inputGradients, Slice initialHiddenGradient, Slice initialCellGradient);

    /// <summary>See <see cref="LinearForward"/>.</summary>
    protected abstract void LinearForwardCore(LinearWeights weights, Slice inputs, Slice outputs, int rows, int input, int output);

    /// <summary>See <see cref="LinearBackward"/>.</summary>
    protected abstract void LinearBackwardCore(
        LinearWeights weights, Slice inputs, Slice outputGradients, LinearWeights gradients, Slice inputGradients, int rows, int input, int output);

    /// <summary>See <see cref="Loss"/>. Class indices arrive unchecked: report a bad one as an <see cref="ArgumentException"/>.</summary>
    protected abstract float LossCore(LossKind kind, Slice predictions, Slice targets, int rows, int columns, Slice predictionGradients);

    /// <summary>See <see cref="L2Penalty"/>.</summary>
    protected abstract float L2PenaltyCore(Slice weights, Slice gradients, float lambda);

    /// <summary>See <see cref="SumOfSquares"/>.</summary>
    protected abstract float SumOfSquaresCore(Slice x);

    /// <summary>See <see cref="Scale"/>.</summary>
    protected abstract void ScaleCore(Slice x, float factor);

    /// <summary>See <see cref="Relu"/>.</summary>
    protected abstract void ReluCore(Slice x, Slice y);

    /// <summary>See <see cref="ReluBackward"/>.</summary>
    protected abstract void ReluBackwardCore(Slice outputs, Slice outputGradients, Slice inputGradients);

    /// <summary>See <see cref="ClipByValue"/>.</summary>
    protected abstract void ClipByValueCore(Slice x, float limit);

    /// <summary>See <see cref="OptimizerStep"/>.</summary>
    protected abstract void OptimizerStepCore(OptimizerSettings settings, Slice parameters, Slice gradients, Slice state, int step);

    /// <summary>See <see cref="Synchronize"/>.</summary>
    protected abstract void SynchronizeCore();

    /// <summary>Frees the device (buffers are freed by their owners first).</summary>
    protected abstract void Release();
}
