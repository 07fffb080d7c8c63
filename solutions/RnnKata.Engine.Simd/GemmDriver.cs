using System.Runtime.CompilerServices;

namespace RnnKata.Engine.Simd;

/// <summary>
/// One thread's GEMM, C = α·op(A)·op(B) + β·C, in the GotoBLAS/BLIS scheme: B panels of Kc × Nc and
/// A blocks of Mc × Kc are packed (see <see cref="Packing"/>) and swept by the micro-kernel
/// <typeparamref name="TKernel"/>, whose tiles stay in registers. Any sizes, strides and transposes.
/// When all of op(B) fits in L2 (the recurrent layers' products), A is not packed: the kernel reads it where it
/// lies, which saved 7–15 % of a seq2seq iteration (configurations C and D on one thread, interleaved A/B runs).
/// </summary>
internal static unsafe class GemmDriver<TKernel> where TKernel : struct, IMicroKernel
{
    /// <summary>Depth of one packed block: Kc·Nr floats of B (32 KiB for Nr = 32) stay in L1 while a sliver is used.</summary>
    public const int Kc = 256;

    /// <summary>Columns of one packed B panel (2 MiB at Kc = 256, in L3).</summary>
    private const int Nc = 2048;

    /// <summary>Floats of a packed op(B) small enough (1 MiB, the L2) to pack whole before the sweep over A.</summary>
    private const long SmallB = 1 << 18;

    private static int Mc => 144 / TKernel.Mr * TKernel.Mr;

    private static int RoundUp(int x, int to) => (x + to - 1) / to * to;

    /// <summary>Floats that <see cref="Prepack"/> writes for op(B) of k × n.</summary>
    public static long PackedLength(int k, int n) => (long)k * RoundUp(n, TKernel.Nr);

    /// <summary>Packs all of op(B) (k × n) once, for many products with the same B (<see cref="MultiplyPrepacked"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Prepack(int k, int n, View b, float* dst)
    {
        var nPad = RoundUp(n, TKernel.Nr);
        for (var pc = 0; pc < k; pc += Kc)
            Packing.PackB(TKernel.Nr, Math.Min(Kc, k - pc), n, b.At(pc, 0), dst + ((long)pc * nPad));
    }

    /// <summary>C = α·op(A)·op(B) + β·C (m × n, depth k) on this thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(int m, int n, int k, float alpha, View a, View b, float beta, View c, Arena arena)
    {
        if (n < TKernel.Nr && m > n)
        {
            // A thin C wastes most of each Nr-wide tile: compute Cᵀ = op(B)ᵀ·op(A)ᵀ instead.
            Multiply(n, m, k, alpha, b.T, a.T, beta, c.T, arena);
            return;
        }
        if (PackedLength(k, n) <= SmallB)
        {
            // All of op(B) fits in L2 once packed: pack it once, then sweep A block by block along
            // whole rows, which streams A from memory front to back (tall, skinny products).
            var packed = arena.Get(Arena.PackB, PackedLength(k, n));
            Prepack(k, n, b, packed);
            MultiplyPrepacked(m, n, k, alpha, a, packed, beta, c, arena);
            return;
        }
        var mc = Math.Min(Mc, RoundUp(m, TKernel.Mr));
        var ncMax = Math.Min(Nc, RoundUp(n, TKernel.Nr));
        var packA = arena.Get(Arena.PackA, (long)mc * Math.Min(Kc, k));
        var packB = arena.Get(Arena.PackB, (long)ncMax * Math.Min(Kc, k));
        for (var jc = 0; jc < n; jc += Nc)
        {
            var nc = Math.Min(Nc, n - jc);
            for (var pc = 0; pc < k; pc += Kc)
            {
                var kc = Math.Min(Kc, k - pc);
                Packing.PackB(TKernel.Nr, kc, nc, b.At(pc, jc), packB);
                var betaNow = pc == 0 ? beta : 1f;
                for (var ic = 0; ic < m; ic += Mc)
                {
                    var rows = Math.Min(Mc, m - ic);
                    Packing.PackA(TKernel.Mr, rows, kc, a.At(ic, pc), packA);
                    Macro(rows, nc, kc, alpha, packA, default, packB, betaNow, c.At(ic, jc), arena);
                }
            }
        }
    }

    /// <summary>
    /// C = α·op(A)·B + β·C with B (k × n) packed by <see cref="Prepack"/>, or columns
    /// <paramref name="firstColumn"/> … + n − 1 (firstColumn a multiple of Nr) of a packed B that has
    /// <paramref name="packedColumns"/> columns in all (0: n).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyPrepacked(
        int m, int n, int k, float alpha, View a, float* packedB, float beta, View c, Arena arena, int packedColumns = 0, int firstColumn = 0)
    {
        var nPad = RoundUp(packedColumns == 0 ? n : packedColumns, TKernel.Nr);
        // Walk A in the order it is stored: along whole rows when it is row-major, block of k by
        // block of k when it is stored transposed (each k block is then one contiguous stretch).
        var kOuter = a.RowStride == 1 && m > Mc;
        var (outer, inner) = kOuter ? (k, m) : (m, k);
        var (outerStep, innerStep) = kOuter ? (Kc, Mc) : (Mc, Kc);
        for (var o = 0; o < outer; o += outerStep)
        {
            for (var i = 0; i < inner; i += innerStep)
            {
                var (ic, pc) = kOuter ? (i, o) : (o, i);
                var rows = Math.Min(Mc, m - ic);
                var kc = Math.Min(Kc, k - pc);
                Macro(rows, n, kc, alpha, null, a.At(ic, pc), packedB + ((long)pc * nPad) + ((long)firstColumn * kc), pc == 0 ? beta : 1f, c.At(ic, 0), arena);
            }
        }
    }

    // Fully optimised from the first call: the tiered, profile-guided version ran the seq2seq benchmark slower.
    // A is packed (packA) or, when packA is null, read where it lies (a): then only a last sliver of fewer than Mr rows
    // is packed, with zero rows, so that the kernel never reads past A.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Macro(int mc, int nc, int kc, float alpha, float* packA, View a, float* packB, float beta, View c, Arena arena)
    {
        var (mr, nr) = (TKernel.Mr, TKernel.Nr);
        float* tile = null;
        float* edgeA = null;
        for (var jr = 0; jr < nc; jr += nr)
        {
            var cols = Math.Min(nr, nc - jr);
            var b = packB + ((long)jr * kc);
            for (var ir = 0; ir < mc; ir += mr)
            {
                var rows = Math.Min(mr, mc - ir);
                float* sliver;
                nint rowStep = 1, kStep = mr;
                if (packA is not null)
                    sliver = packA + ((long)ir * kc);
                else if (rows == mr)
                {
                    sliver = a.P + ((long)ir * a.RowStride);
                    (rowStep, kStep) = (a.RowStride, a.ColumnStride);
                }
                else
                {
                    if (edgeA is null)
                    {
                        edgeA = arena.Get(Arena.PackA, (long)mr * kc);
                        Packing.PackA(mr, rows, kc, a.At(ir, 0), edgeA);
                    }
                    sliver = edgeA;
                }
                var target = c.At(ir, jr);
                if (rows == mr && cols == nr && c.ColumnStride == 1)
                {
                    TKernel.Run(kc, sliver, rowStep, kStep, b, target.P, c.RowStride, alpha, beta);
                    continue;
                }
                // An edge tile (or a strided C): compute it whole, keep the part that exists.
                if (tile is null)
                    tile = arena.Get(Arena.Tile, mr * nr);
                TKernel.Run(kc, sliver, rowStep, kStep, b, tile, nr, 1f, 0f);
                EdgeTile.Put(tile, nr, rows, cols, target, alpha, beta);
            }
        }
    }
}
