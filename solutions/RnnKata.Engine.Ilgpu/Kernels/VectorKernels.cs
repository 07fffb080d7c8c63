using ILGPU;

namespace RnnKata.Engine.Ilgpu.Kernels;

/// <summary>One-thread-per-entry kernels (auto-grouped).</summary>
internal static class VectorKernels
{
    public static void Fill(Index1D i, ArrayView<float> x, float value) => x[i] = value;

    public static void Copy(Index1D i, ArrayView<float> source, ArrayView<float> destination) => destination[i] = source[i];

    public static void Axpy(Index1D i, float alpha, ArrayView<float> x, ArrayView<float> y) => y[i] += alpha * x[i];

    public static void Scale(Index1D i, ArrayView<float> x, float factor) => x[i] *= factor;

    public static void Clip(Index1D i, ArrayView<float> x, float limit)
    {
        var v = x[i];
        x[i] = v > limit ? limit : v < -limit ? -limit : v;
    }

    public static void Relu(Index1D i, ArrayView<float> x, ArrayView<float> y)
    {
        var v = x[i];
        y[i] = v > 0f ? v : 0f;
    }

    /// <summary>dx = dy where the forward output y &gt; 0, else 0.</summary>
    public static void ReluBackward(Index1D i, ArrayView<float> y, ArrayView<float> dy, ArrayView<float> dx) => dx[i] = y[i] > 0f ? dy[i] : 0f;

    /// <summary>y[r, j] += bias[j] for a row-major y with <paramref name="columns"/> columns.</summary>
    public static void AddBias(Index1D i, ArrayView<float> y, ArrayView<float> bias, int columns) => y[i] += bias[i % columns];

    /// <summary>sums[j] += Σ_r y[r, j] (one thread per column, accumulated in double).</summary>
    public static void AccumulateColumnSums(Index1D j, ArrayView<float> y, ArrayView<float> sums, int rows, int columns)
    {
        double s = 0;
        for (int r = 0; r < rows; r++)
            s += y[r * columns + j];
        sums[j] += (float)s;
    }
}
