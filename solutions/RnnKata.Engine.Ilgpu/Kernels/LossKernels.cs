using ILGPU;


namespace RnnKata.Engine.Ilgpu.Kernels;

/// <summary>Losses: each writes ∂loss/∂prediction and reduces the loss terms into per-group partials (see <see cref="ReductionKernels"/>).</summary>
internal static class LossKernels
{
    /// <summary>
    /// MSE (kind 0), MAE (1) and ½Σ² (2), entry by entry: the partials hold Σ (p − t)², Σ |p − t| or ½ Σ (p − t)²;
    /// the gradient is scaled by <paramref name="gradientScale"/> (2/N, 1/N or 1).
    /// </summary>
    public static void Elementwise(
        ArrayView<float> predictions, ArrayView<float> targets, ArrayView<float> gradients, ArrayView<double> partials,
        int n, int kind, float gradientScale)
    {
        double s = 0;
        for (int i = Grid.GlobalIndex.X; i < n; i += Grid.DimX * Group.DimX)
        {
            var d = predictions[i] - targets[i];
            if (kind == 1)
            {
                s += d < 0 ? -(double)d : d;
                gradients[i] = d > 0 ? gradientScale : d < 0 ? -gradientScale : 0f;
            }
            else
            {
                s += kind == 2 ? 0.5 * d * d : (double)d * d;
                gradients[i] = gradientScale * d;
            }
        }
        ReductionKernels.FoldAndWrite(s, partials);
    }

    /// <summary>
    /// Softmax cross-entropy, one thread per row (grid-strided): −log softmax(p)[target] with the max shift, gradient
    /// (softmax(p) − onehot)/rows. A target that is not an integer in [0, columns) leaves its row's gradient zero and
    /// records the lowest such row in badRow[0] (which starts at int.MaxValue).
    /// </summary>
    public static void SoftmaxCrossEntropy(
        ArrayView<float> logits, ArrayView<float> targets, ArrayView<float> gradients, ArrayView<double> partials,
        ArrayView<int> badRow, int rows, int columns)
    {
        double s = 0;
        float invRows = 1f / rows;
        for (int r = Grid.GlobalIndex.X; r < rows; r += Grid.DimX * Group.DimX)
        {
            int offset = r * columns;
            var t = targets[r];
            bool valid = t >= 0f && t < columns && (float)(int)t == t;
            if (!valid)
            {
                Atomic.Min(ref badRow[0], r);
                for (int j = 0; j < columns; j++)
                    gradients[offset + j] = 0f;
                continue;
            }
            int target = (int)t;
            var max = logits[offset];
            for (int j = 1; j < columns; j++)
                max = IntrinsicMath.Max(max, logits[offset + j]);
            float sum = 0f;
            for (int j = 0; j < columns; j++)
                sum += DeviceMath.Exp(logits[offset + j] - max);
            for (int j = 0; j < columns; j++)
            {
                var softmax = DeviceMath.Exp(logits[offset + j] - max) / sum;
                gradients[offset + j] = (softmax - (j == target ? 1f : 0f)) * invRows;
            }
            s += DeviceMath.Log(sum) - (logits[offset + target] - max);
        }
        ReductionKernels.FoldAndWrite(s, partials);
    }
}
