using System.Runtime.CompilerServices;
using ILGPU;

namespace RnnKata.Engine.Ilgpu.Kernels;

/// <summary>
/// Explicitly grouped reductions: every thread accumulates a grid-strided share in double, the group folds the
/// shares in shared memory (a tree; the group size is a power of two ≤ <see cref="MaxGroup"/>), and thread 0
/// writes the group's partial sum. The host adds the few partials in double.
/// </summary>
internal static class ReductionKernels
{
    public const int MaxGroup = 256;

    /// <summary>partials[g] = Σ x² over group g's share.</summary>
    public static void SumOfSquares(ArrayView<float> x, ArrayView<double> partials, int n)
    {
        double s = 0;
        for (int i = Grid.GlobalIndex.X; i < n; i += Grid.DimX * Group.DimX)
            s += (double)x[i] * x[i];
        FoldAndWrite(s, partials);
    }

    /// <summary>Writes the sum of every thread's <paramref name="value"/> in the group to partials[group]. All threads must call it.</summary>
    /// <remarks>Inlined so that its shared memory belongs to the calling kernel.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FoldAndWrite(double value, ArrayView<double> partials)
    {
        var shared = SharedMemory.Allocate<double>(MaxGroup);
        int t = Group.IdxX;
        shared[t] = value;
        Group.Barrier();
        for (int stride = Group.DimX / 2; stride > 0; stride >>= 1)
        {
            if (t < stride)
                shared[t] += shared[t + stride];
            Group.Barrier();
        }
        if (t == 0)
            partials[Grid.IdxX] = shared[0];
    }
}
