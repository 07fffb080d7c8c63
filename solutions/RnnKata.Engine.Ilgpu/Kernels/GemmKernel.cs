using ILGPU;

namespace RnnKata.Engine.Ilgpu.Kernels;

/// <summary>The scalars of one GEMM launch: C = α·op(A)·op(B) + β·C, op(A) m × k, op(B) k × n.</summary>
internal readonly record struct GemmArgs(int M, int N, int K, int TransposeA, int TransposeB, float Alpha, float Beta);

/// <summary>
/// Tiled GEMM: each group computes one <see cref="Tile"/> × <see cref="Tile"/> block of C, staging Tile-wide
/// slabs of op(A) and op(B) in shared memory. A group is Tile threads wide and any number of rows deep (1 on the
/// CPU accelerator, Tile on CUDA); thread (x, y) owns the block's entries (y + j·rows, x), whose running sums
/// live in shared memory so that the same kernel serves every group depth.
/// </summary>
internal static class GemmKernel
{
    /// <summary>Rows and columns of C per group, and the depth of one k-slab.</summary>
    public const int Tile = 16;

    public static void Run(ArrayView<float> a, ArrayView<float> b, ArrayView<float> c, GemmArgs p)
    {
        var tileA = SharedMemory.Allocate<float>(Tile * Tile);
        var tileB = SharedMemory.Allocate<float>(Tile * Tile);
        var sums = SharedMemory.Allocate<float>(Tile * Tile);
        int x = Group.IdxX, y = Group.IdxY, depth = Group.DimY;
        int row0 = Grid.IdxY * Tile, col0 = Grid.IdxX * Tile;

        for (int r = y; r < Tile; r += depth)
            sums[r * Tile + x] = 0f;

        for (int k0 = 0; k0 < p.K; k0 += Tile)
        {
            for (int r = y; r < Tile; r += depth)
            {
                // tileA[r][x] = op(A)[row0 + r, k0 + x]; tileB[r][x] = op(B)[k0 + r, col0 + x]; zero past the edges.
                int i = row0 + r, ka = k0 + x;
                tileA[r * Tile + x] = i < p.M && ka < p.K ? (p.TransposeA != 0 ? a[ka * p.M + i] : a[i * p.K + ka]) : 0f;
                int kb = k0 + r, j = col0 + x;
                tileB[r * Tile + x] = kb < p.K && j < p.N ? (p.TransposeB != 0 ? b[j * p.K + kb] : b[kb * p.N + j]) : 0f;
            }
            Group.Barrier();
            for (int r = y; r < Tile; r += depth)
            {
                float s = 0f;
                for (int q = 0; q < Tile; q++)
                    s += tileA[r * Tile + q] * tileB[q * Tile + x];
                sums[r * Tile + x] += s;
            }
            Group.Barrier();
        }

        for (int r = y; r < Tile; r += depth)
        {
            int i = row0 + r, j = col0 + x;
            if (i < p.M && j < p.N)
            {
                var value = p.Alpha * sums[r * Tile + x];
                // β = 0 must ignore C entirely, NaN included.
                c[i * p.N + j] = p.Beta == 0f ? value : value + p.Beta * c[i * p.N + j];
            }
        }
    }
}
