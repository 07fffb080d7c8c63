using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace RnnKata.Engine.Simd;

/// <summary>
/// Copies GEMM operands into the layout the micro-kernel streams: A in slivers of <c>mr</c> rows
/// (for each k, the mr row entries side by side), B in slivers of <c>nr</c> columns (for each k, nr
/// column entries side by side). Edges are padded with zeros so that the kernel always runs full tiles.
/// </summary>
internal static unsafe class Packing
{
    /// <summary>Packs op(A)[0..mc, 0..kc] into ⌈mc/mr⌉ slivers of kc × mr floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackA(int mr, int mc, int kc, View a, float* dst)
    {
        if (a.RowStride == 1)
        {
            PackAColumns(mr, mc, kc, a, dst);
            return;
        }
        for (var i0 = 0; i0 < mc; i0 += mr, dst += (long)mr * kc)
        {
            var rows = Math.Min(mr, mc - i0);
            var done = 0;
            if (rows == 8 && mr == 8 && a.ColumnStride == 1 && Transpose8.IsSupported)
            {
                // Eight rows × eight k at a time, transposed in registers.
                var src = a.P + ((long)i0 * a.RowStride);
                for (; done + 8 <= kc; done += 8)
                    Transpose8.Block(src + done, a.RowStride, dst + ((long)done * 8), 8);
            }
            for (var i = 0; i < rows && done < kc; i++)
            {
                var src = a.P + ((long)(i0 + i) * a.RowStride);
                var d = dst + i;
                for (var p = done; p < kc; p++)
                    d[p * mr] = src[(long)p * a.ColumnStride];
            }
            for (var i = rows; i < mr; i++)
            {
                for (var p = 0; p < kc; p++)
                    dst[(p * mr) + i] = 0f;
            }
        }
    }

    // op(A) stored column by column (A transposed): read each stored row once, front to back, and deal it out to the slivers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackAColumns(int mr, int mc, int kc, View a, float* dst)
    {
        var full = mc / mr * mr;
        var sliver = (long)mr * kc;
        for (var p = 0; p < kc; p++)
        {
            var src = a.P + ((long)p * a.ColumnStride);
            var d = dst + ((long)p * mr);
            var i0 = 0;
            for (; i0 < full; i0 += mr, d += sliver)
                Copy(src + i0, d, mr);
            if (i0 < mc)
            {
                var i = 0;
                for (; i < mc - i0; i++)
                    d[i] = src[i0 + i];
                for (; i < mr; i++)
                    d[i] = 0f;
            }
        }
    }

    /// <summary>Packs op(B)[0..kc, 0..nc] into ⌈nc/nr⌉ slivers of kc × nr floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackB(int nr, int kc, int nc, View b, float* dst)
    {
        for (var j0 = 0; j0 < nc; j0 += nr, dst += (long)nr * kc)
        {
            var cols = Math.Min(nr, nc - j0);
            if (b.ColumnStride == 1)
            {
                for (var p = 0; p < kc; p++)
                {
                    var src = b.P + ((long)p * b.RowStride) + j0;
                    var d = dst + ((long)p * nr);
                    Copy(src, d, cols);
                    new Span<float>(d + cols, nr - cols).Clear();
                }
                continue;
            }
            var j = 0;
            var fast = b.RowStride == 1 && Transpose8.IsSupported ? cols / 8 * 8 : 0;
            var kFast = kc / 8 * 8;
            for (; j < fast; j += 8)
            {
                // Eight stored rows (columns of op(B)) × eight k at a time, transposed in registers.
                var src = b.P + ((long)(j0 + j) * b.ColumnStride);
                for (var p = 0; p < kFast; p += 8)
                    Transpose8.Block(src + p, b.ColumnStride, dst + ((long)p * nr) + j, nr);
                for (var jj = j; jj < j + 8; jj++)
                {
                    for (var p = kFast; p < kc; p++)
                        dst[((long)p * nr) + jj] = b.P[((long)(j0 + jj) * b.ColumnStride) + p];
                }
            }
            for (; j < cols; j++)
            {
                var src = b.P + ((long)(j0 + j) * b.ColumnStride);
                var d = dst + j;
                for (var p = 0; p < kc; p++)
                    d[p * nr] = src[(long)p * b.RowStride];
            }
            for (var pad = cols; pad < nr; pad++)
            {
                for (var p = 0; p < kc; p++)
                    dst[(p * nr) + pad] = 0f;
            }
        }
    }

    // A short copy (one sliver row): inline vector moves instead of a memmove call per row.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(float* src, float* dst, int n)
    {
        var i = 0;
        for (; i + 8 <= n; i += 8)
            Vector256.Load(src + i).Store(dst + i);
        for (; i < n; i++)
            dst[i] = src[i];
    }
}
