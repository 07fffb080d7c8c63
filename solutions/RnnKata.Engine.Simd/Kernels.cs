using System.Runtime.Intrinsics;

namespace RnnKata.Engine.Simd;

/// <summary>The vector width the backend computes with.</summary>
internal enum SimdWidth
{
    /// <summary>Plain floats.</summary>
    Scalar,

    /// <summary>Vector256 (AVX2).</summary>
    Avx2,

    /// <summary>Vector512 (AVX-512).</summary>
    Avx512,
}

/// <summary>
/// Every width-dependent routine behind one virtual call each, so that the backend picks the vector
/// width once (<see cref="For"/>) and the JIT specialises the generic code of <see cref="Kernels{TVec, TKernel}"/>.
/// </summary>
internal abstract unsafe class Kernels
{
    /// <summary>The widest width this machine accelerates.</summary>
    public static SimdWidth Best =>
        Vector512.IsHardwareAccelerated ? SimdWidth.Avx512 : Vector256.IsHardwareAccelerated ? SimdWidth.Avx2 : SimdWidth.Scalar;

    public abstract SimdWidth Width { get; }

    /// <summary>Rows of the micro-kernel's tile.</summary>
    public abstract int Mr { get; }

    public static Kernels For(SimdWidth width) => width switch
    {
        SimdWidth.Avx512 => new Kernels<V512, Kernel512>(),
        SimdWidth.Avx2 => new Kernels<V256, Kernel256>(),
        _ => new Kernels<V1, KernelScalar>(),
    };

    public abstract void Gemm(int m, int n, int k, float alpha, View a, View b, float beta, View c, Arena arena);

    public abstract long PackedLength(int k, int n);

    public abstract void Prepack(int k, int n, View b, float* dst);

    /// <summary>Columns of the micro-kernel's tile.</summary>
    public abstract int Nr { get; }

    /// <summary>See <see cref="GemmDriver{TKernel}.MultiplyPrepacked"/>.</summary>
    public abstract void GemmPrepacked(
        int m, int n, int k, float alpha, View a, float* packedB, float beta, View c, Arena arena, int packedColumns = 0, int firstColumn = 0);

    public abstract void LstmForward(int rows, int h, float* gates, float* hiddenProduct, float* bias, float* cPrev, float* c, float* hOut);

    public abstract void GruForward(
        int rows, int h, float* gates, float* hiddenProduct, float* bias, float* biasHn, float* hPrev, float* hiddenN, float* hOut);

    public abstract void ElmanForward(int rows, int h, CellKind cell, float* gates, float* hiddenProduct, float* bias, float* hOut);

    public abstract void LstmBackward(int rows, int h, float* dh, float* gates, float* c, float* cPrev, float* carry, float* dA);

    public abstract void GruBackward(
        int rows, int h, float* dh, float* gates, float* hiddenN, float* hPrev, float* dAx, float* dAh, float* dPrev, bool accumulate);

    public abstract void ElmanBackward(int rows, int h, CellKind cell, float* dh, float* hOut, float* dA);

    public abstract void Axpy(float alpha, float* x, float* y, int n);

    public abstract void Scale(float* x, int n, float factor);

    public abstract void Clip(float* x, int n, float limit);

    public abstract void Relu(float* x, float* y, int n);

    public abstract void ReluBackward(float* y, float* dy, float* dx, int n);

    public abstract double SumOfSquares(float* x, int n);

    public abstract double AddL2(float* w, float* g, int n, float lambda);

    public abstract void AddColumnSums(float* x, int rows, int columns, float* sums, float* alsoSums = null);

    public abstract double Loss(LossKind kind, float* p, float* t, float* g, int rows, int columns);

    public abstract void OptimizerStep(OptimizerSettings settings, float* p, float* g, float* s, int n, int step);
}

/// <summary>The routines for vectors <typeparamref name="TVec"/> and GEMM micro-kernel <typeparamref name="TKernel"/>.</summary>
internal sealed unsafe class Kernels<TVec, TKernel> : Kernels
    where TVec : struct, IVec<TVec>
    where TKernel : struct, IMicroKernel
{
    public override SimdWidth Width => TVec.Count switch { 16 => SimdWidth.Avx512, 8 => SimdWidth.Avx2, _ => SimdWidth.Scalar };

    public override int Mr => TKernel.Mr;

    public override void Gemm(int m, int n, int k, float alpha, View a, View b, float beta, View c, Arena arena) =>
        GemmDriver<TKernel>.Multiply(m, n, k, alpha, a, b, beta, c, arena);

    public override long PackedLength(int k, int n) => GemmDriver<TKernel>.PackedLength(k, n);

    public override void Prepack(int k, int n, View b, float* dst) => GemmDriver<TKernel>.Prepack(k, n, b, dst);

    public override int Nr => TKernel.Nr;

    public override void GemmPrepacked(
        int m, int n, int k, float alpha, View a, float* packedB, float beta, View c, Arena arena, int packedColumns = 0, int firstColumn = 0) =>
        GemmDriver<TKernel>.MultiplyPrepacked(m, n, k, alpha, a, packedB, beta, c, arena, packedColumns, firstColumn);

    public override void LstmForward(int rows, int h, float* gates, float* hiddenProduct, float* bias, float* cPrev, float* c, float* hOut) =>
        CellForward<TVec>.Lstm(rows, h, gates, hiddenProduct, bias, cPrev, c, hOut);

    public override void GruForward(
        int rows, int h, float* gates, float* hiddenProduct, float* bias, float* biasHn, float* hPrev, float* hiddenN, float* hOut) =>
        CellForward<TVec>.Gru(rows, h, gates, hiddenProduct, bias, biasHn, hPrev, hiddenN, hOut);

    public override void ElmanForward(int rows, int h, CellKind cell, float* gates, float* hiddenProduct, float* bias, float* hOut) =>
        CellForward<TVec>.Elman(rows, h, cell, gates, hiddenProduct, bias, hOut);

    public override void LstmBackward(int rows, int h, float* dh, float* gates, float* c, float* cPrev, float* carry, float* dA) =>
        CellBackward<TVec>.Lstm(rows, h, dh, gates, c, cPrev, carry, dA);

    public override void GruBackward(
        int rows, int h, float* dh, float* gates, float* hiddenN, float* hPrev, float* dAx, float* dAh, float* dPrev, bool accumulate) =>
        CellBackward<TVec>.Gru(rows, h, dh, gates, hiddenN, hPrev, dAx, dAh, dPrev, accumulate);

    public override void ElmanBackward(int rows, int h, CellKind cell, float* dh, float* hOut, float* dA) =>
        CellBackward<TVec>.Elman(rows, h, cell, dh, hOut, dA);

    public override void Axpy(float alpha, float* x, float* y, int n) => Elementwise<TVec>.Axpy(alpha, x, y, n);

    public override void Scale(float* x, int n, float factor) => Elementwise<TVec>.Scale(x, n, factor);

    public override void Clip(float* x, int n, float limit) => Elementwise<TVec>.Clip(x, n, limit);

    public override void Relu(float* x, float* y, int n) => Elementwise<TVec>.Relu(x, y, n);

    public override void ReluBackward(float* y, float* dy, float* dx, int n) => Elementwise<TVec>.ReluBackward(y, dy, dx, n);

    public override double SumOfSquares(float* x, int n) => Elementwise<TVec>.SumOfSquares(x, n);

    public override double AddL2(float* w, float* g, int n, float lambda) => Elementwise<TVec>.AddL2(w, g, n, lambda);

    public override void AddColumnSums(float* x, int rows, int columns, float* sums, float* alsoSums = null) =>
        Elementwise<TVec>.AddColumnSums(x, rows, columns, sums, alsoSums);

    public override double Loss(LossKind kind, float* p, float* t, float* g, int rows, int columns) =>
        kind == LossKind.SoftmaxCrossEntropy
            ? Losses<TVec>.SoftmaxCrossEntropy(p, t, g, rows, columns)
            : Losses<TVec>.Elementwise(kind, p, t, g, rows * columns);

    public override void OptimizerStep(OptimizerSettings settings, float* p, float* g, float* s, int n, int step) =>
        Optimizers<TVec>.Step(settings, p, g, s, n, step);
}
