using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace RnnKata.Engine.Simd;

/// <summary>
/// Writes the part that exists of a micro-kernel tile computed into scratch (an edge of C):
/// C = α·tile + β·C (β = 0: C is not read), with vector moves along the rows when C's columns are contiguous.
/// </summary>
internal static unsafe class EdgeTile
{
    /// <summary>Rows × cols of <paramref name="tile"/> (row stride <paramref name="tileStride"/>) into <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Put(float* tile, int tileStride, int rows, int cols, View c, float alpha, float beta)
    {
        if (c.ColumnStride != 1)
        {
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < cols; j++)
                {
                    var dst = c.P + ((long)i * c.RowStride) + ((long)j * c.ColumnStride);
                    *dst = beta == 0f ? alpha * tile[(i * tileStride) + j] : (alpha * tile[(i * tileStride) + j]) + (beta * *dst);
                }
            }
            return;
        }
        for (var i = 0; i < rows; i++)
        {
            var src = tile + (i * tileStride);
            var dst = c.P + ((long)i * c.RowStride);
            if (beta == 0f)
                PutRow(src, dst, cols, alpha);
            else
                AddRow(src, dst, cols, alpha, beta);
        }
    }

    // dst = α·src.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PutRow(float* src, float* dst, int n, float alpha)
    {
        var j = 0;
        for (var a = Vector256.Create(alpha); j + 8 <= n; j += 8)
            (a * Vector256.Load(src + j)).Store(dst + j);
        if (j + 4 <= n)
        {
            (Vector128.Create(alpha) * Vector128.Load(src + j)).Store(dst + j);
            j += 4;
        }
        for (; j < n; j++)
            dst[j] = alpha * src[j];
    }

    // dst = α·src + β·dst.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(float* src, float* dst, int n, float alpha, float beta)
    {
        var j = 0;
        for (var (a, b) = (Vector256.Create(alpha), Vector256.Create(beta)); j + 8 <= n; j += 8)
            ((a * Vector256.Load(src + j)) + (b * Vector256.Load(dst + j))).Store(dst + j);
        if (j + 4 <= n)
        {
            ((Vector128.Create(alpha) * Vector128.Load(src + j)) + (Vector128.Create(beta) * Vector128.Load(dst + j))).Store(dst + j);
            j += 4;
        }
        for (; j < n; j++)
            dst[j] = (alpha * src[j]) + (beta * dst[j]);
    }
}
