using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace RnnKata.Engine.Simd;

/// <summary>
/// The GEMM's inner kernel: an Mr × Nr tile of C from Mr rows of A and a packed B sliver (kc × Nr), held in
/// registers over the whole kc loop. A's entry (i, p) is read at a[i·rowStep + p·kStep]: a packed sliver (kc × Mr,
/// one column of Mr rows after the other) has steps (1, Mr); a small A read where it lies has its own strides.
/// Writes c[i·ldc + j] = α·acc + β·c (β = 0: c is not read).
/// </summary>
internal unsafe interface IMicroKernel
{
    static abstract int Mr { get; }

    static abstract int Nr { get; }

    static abstract void Run(int kc, float* a, nint rowStep, nint kStep, float* b, float* c, int ldc, float alpha, float beta);
}

/// <summary>No SIMD: 4 × 4 scalars.</summary>
internal readonly unsafe struct KernelScalar : IMicroKernel
{
    public static int Mr => 4;

    public static int Nr => 4;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, float* a, nint rowStep, nint kStep, float* b, float* c, int ldc, float alpha, float beta)
    {
        var acc = stackalloc float[16];
        for (var i = 0; i < 16; i++)
            acc[i] = 0f;
        for (var p = 0; p < kc; p++, a += kStep, b += 4)
        {
            for (var i = 0; i < 4; i++)
            {
                for (var j = 0; j < 4; j++)
                    acc[i * 4 + j] = MathF.FusedMultiplyAdd(a[i * rowStep], b[j], acc[i * 4 + j]);
            }
        }
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
                c[i * ldc + j] = beta == 0f ? alpha * acc[i * 4 + j] : alpha * acc[i * 4 + j] + beta * c[i * ldc + j];
        }
    }
}

/// <summary>AVX-512: 8 rows × 32 columns, 16 Vector512 accumulators.</summary>
internal readonly unsafe struct Kernel512 : IMicroKernel
{
    public static int Mr => 8;

    public static int Nr => 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, float* a, nint rowStep, nint kStep, float* b, float* c, int ldc, float alpha, float beta)
    {
        nint r1 = rowStep, r2 = 2 * rowStep, r3 = 3 * rowStep, r4 = 4 * rowStep, r5 = 5 * rowStep, r6 = 6 * rowStep, r7 = 7 * rowStep;
        Vector512<float> c00 = Vector512<float>.Zero, c01 = Vector512<float>.Zero, c10 = Vector512<float>.Zero, c11 = Vector512<float>.Zero, c20 = Vector512<float>.Zero, c21 = Vector512<float>.Zero, c30 = Vector512<float>.Zero, c31 = Vector512<float>.Zero, c40 = Vector512<float>.Zero, c41 = Vector512<float>.Zero, c50 = Vector512<float>.Zero, c51 = Vector512<float>.Zero, c60 = Vector512<float>.Zero, c61 = Vector512<float>.Zero, c70 = Vector512<float>.Zero, c71 = Vector512<float>.Zero;
        for (var p = 0; p < kc; p++)
        {
            var b0 = Vector512.Load(b);
            var b1 = Vector512.Load(b + 16);
            var a0 = Vector512.Create(a[0]);
            c00 = Vector512.FusedMultiplyAdd(a0, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(a0, b1, c01);
            var a1 = Vector512.Create(a[r1]);
            c10 = Vector512.FusedMultiplyAdd(a1, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(a1, b1, c11);
            var a2 = Vector512.Create(a[r2]);
            c20 = Vector512.FusedMultiplyAdd(a2, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(a2, b1, c21);
            var a3 = Vector512.Create(a[r3]);
            c30 = Vector512.FusedMultiplyAdd(a3, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(a3, b1, c31);
            var a4 = Vector512.Create(a[r4]);
            c40 = Vector512.FusedMultiplyAdd(a4, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(a4, b1, c41);
            var a5 = Vector512.Create(a[r5]);
            c50 = Vector512.FusedMultiplyAdd(a5, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(a5, b1, c51);
            var a6 = Vector512.Create(a[r6]);
            c60 = Vector512.FusedMultiplyAdd(a6, b0, c60);
            c61 = Vector512.FusedMultiplyAdd(a6, b1, c61);
            var a7 = Vector512.Create(a[r7]);
            c70 = Vector512.FusedMultiplyAdd(a7, b0, c70);
            c71 = Vector512.FusedMultiplyAdd(a7, b1, c71);
            a += kStep;
            b += 32;
        }
        var va = Vector512.Create(alpha);
        Put(c + 0 * ldc, c00, c01, va, beta);
        Put(c + 1 * ldc, c10, c11, va, beta);
        Put(c + 2 * ldc, c20, c21, va, beta);
        Put(c + 3 * ldc, c30, c31, va, beta);
        Put(c + 4 * ldc, c40, c41, va, beta);
        Put(c + 5 * ldc, c50, c51, va, beta);
        Put(c + 6 * ldc, c60, c61, va, beta);
        Put(c + 7 * ldc, c70, c71, va, beta);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(float* c, Vector512<float> x0, Vector512<float> x1, Vector512<float> alpha, float beta)
    {
        if (beta == 0f)
        {
            (alpha * x0).Store(c);
            (alpha * x1).Store(c + 16);
        }
        else
        {
            var vb = Vector512.Create(beta);
            Vector512.FusedMultiplyAdd(alpha, x0, vb * Vector512.Load(c)).Store(c);
            Vector512.FusedMultiplyAdd(alpha, x1, vb * Vector512.Load(c + 16)).Store(c + 16);
        }
    }
}

/// <summary>AVX2: 6 rows × 16 columns, 12 Vector256 accumulators (16 registers in all).</summary>
internal readonly unsafe struct Kernel256 : IMicroKernel
{
    public static int Mr => 6;

    public static int Nr => 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, float* a, nint rowStep, nint kStep, float* b, float* c, int ldc, float alpha, float beta)
    {
        nint r1 = rowStep, r2 = 2 * rowStep, r3 = 3 * rowStep, r4 = 4 * rowStep, r5 = 5 * rowStep;
        Vector256<float> c00 = Vector256<float>.Zero, c01 = Vector256<float>.Zero, c10 = Vector256<float>.Zero, c11 = Vector256<float>.Zero, c20 = Vector256<float>.Zero, c21 = Vector256<float>.Zero, c30 = Vector256<float>.Zero, c31 = Vector256<float>.Zero, c40 = Vector256<float>.Zero, c41 = Vector256<float>.Zero, c50 = Vector256<float>.Zero, c51 = Vector256<float>.Zero;
        for (var p = 0; p < kc; p++)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 8);
            var a0 = Vector256.Create(a[0]);
            c00 = Vector256.FusedMultiplyAdd(a0, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(a0, b1, c01);
            var a1 = Vector256.Create(a[r1]);
            c10 = Vector256.FusedMultiplyAdd(a1, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(a1, b1, c11);
            var a2 = Vector256.Create(a[r2]);
            c20 = Vector256.FusedMultiplyAdd(a2, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(a2, b1, c21);
            var a3 = Vector256.Create(a[r3]);
            c30 = Vector256.FusedMultiplyAdd(a3, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(a3, b1, c31);
            var a4 = Vector256.Create(a[r4]);
            c40 = Vector256.FusedMultiplyAdd(a4, b0, c40);
            c41 = Vector256.FusedMultiplyAdd(a4, b1, c41);
            var a5 = Vector256.Create(a[r5]);
            c50 = Vector256.FusedMultiplyAdd(a5, b0, c50);
            c51 = Vector256.FusedMultiplyAdd(a5, b1, c51);
            a += kStep;
            b += 16;
        }
        var va = Vector256.Create(alpha);
        Put(c + 0 * ldc, c00, c01, va, beta);
        Put(c + 1 * ldc, c10, c11, va, beta);
        Put(c + 2 * ldc, c20, c21, va, beta);
        Put(c + 3 * ldc, c30, c31, va, beta);
        Put(c + 4 * ldc, c40, c41, va, beta);
        Put(c + 5 * ldc, c50, c51, va, beta);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(float* c, Vector256<float> x0, Vector256<float> x1, Vector256<float> alpha, float beta)
    {
        if (beta == 0f)
        {
            (alpha * x0).Store(c);
            (alpha * x1).Store(c + 8);
        }
        else
        {
            var vb = Vector256.Create(beta);
            Vector256.FusedMultiplyAdd(alpha, x0, vb * Vector256.Load(c)).Store(c);
            Vector256.FusedMultiplyAdd(alpha, x1, vb * Vector256.Load(c + 8)).Store(c + 8);
        }
    }
}
