using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RnnKata.Engine.Simd;

/// <summary>
/// A SIMD register of floats of some width. The element-wise kernels are written once against this
/// interface and instantiated for <see cref="V512"/>, <see cref="V256"/> and <see cref="V1"/> (scalar, for
/// tails and for machines without SIMD); the JIT specialises each instantiation.
/// </summary>
internal unsafe interface IVec<TSelf> where TSelf : struct, IVec<TSelf>
{
    static abstract int Count { get; }

    static abstract TSelf Load(float* p);

    static abstract void Store(float* p, TSelf v);

    static abstract TSelf Splat(float x);

    static abstract TSelf operator +(TSelf a, TSelf b);

    static abstract TSelf operator -(TSelf a, TSelf b);

    static abstract TSelf operator *(TSelf a, TSelf b);

    static abstract TSelf operator /(TSelf a, TSelf b);

    /// <summary>a·b + c with one rounding.</summary>
    static abstract TSelf Fma(TSelf a, TSelf b, TSelf c);

    static abstract TSelf Min(TSelf a, TSelf b);

    static abstract TSelf Max(TSelf a, TSelf b);

    static abstract TSelf Abs(TSelf a);

    static abstract TSelf Floor(TSelf a);

    static abstract TSelf Sqrt(TSelf a);

    /// <summary>1/a to float precision (a hardware estimate refined by one Newton step where division is slow), for finite a ≠ 0.</summary>
    static abstract TSelf Reciprocal(TSelf a);

    /// <summary>2ⁿ for integral n in [−126, 127].</summary>
    static abstract TSelf Pow2(TSelf n);

    /// <summary>|magnitude| with the sign of <paramref name="sign"/>.</summary>
    static abstract TSelf CopySign(TSelf magnitude, TSelf sign);

    /// <summary>a &lt; b ? ifLess : otherwise, per lane.</summary>
    static abstract TSelf SelectLess(TSelf a, TSelf b, TSelf ifLess, TSelf otherwise);

    /// <summary>a &gt; 0 ? b : 0 per lane.</summary>
    static abstract TSelf WherePositive(TSelf a, TSelf b);

    /// <summary>sign(a) (−1, 0 or 1) per lane.</summary>
    static abstract TSelf Sign(TSelf a);
}

/// <summary>Sixteen floats (AVX-512).</summary>
internal readonly unsafe struct V512(Vector512<float> v) : IVec<V512>
{
    private readonly Vector512<float> _v = v;

    public static int Count => Vector512<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 Load(float* p) => new(Vector512.Load(p));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, V512 v) => v._v.Store(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 Splat(float x) => new(Vector512.Create(x));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 operator +(V512 a, V512 b) => new(a._v + b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 operator -(V512 a, V512 b) => new(a._v - b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 operator *(V512 a, V512 b) => new(a._v * b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 operator /(V512 a, V512 b) => new(a._v / b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 Fma(V512 a, V512 b, V512 c) => new(Vector512.FusedMultiplyAdd(a._v, b._v, c._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 Min(V512 a, V512 b) => new(Vector512.Min(a._v, b._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 Max(V512 a, V512 b) => new(Vector512.Max(a._v, b._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 Abs(V512 a) => new(Vector512.Abs(a._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 Floor(V512 a) => new(Vector512.Floor(a._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512 Sqrt(V512 a) => new(Vector512.Sqrt(a._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512 Reciprocal(V512 a)
    {
        if (!Avx512F.IsSupported)
            return new(Vector512<float>.One / a._v);
        // 14-bit estimate, then r·(2 − a·r) doubles the correct bits.
        var r = Avx512F.Reciprocal14(a._v);
        return new(r * Vector512.FusedMultiplyAdd(-a._v, r, Vector512.Create(2f)));
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512 Pow2(V512 n) => new(Vector512.ShiftLeft(Vector512.ConvertToInt32(n._v) + Vector512.Create(127), 23).AsSingle());
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512 CopySign(V512 magnitude, V512 sign) => new(Vector512.ConditionalSelect(Vector512.Create(-0f), sign._v, magnitude._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512 SelectLess(V512 a, V512 b, V512 ifLess, V512 otherwise) =>
        new(Vector512.ConditionalSelect(Vector512.LessThan(a._v, b._v), ifLess._v, otherwise._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512 WherePositive(V512 a, V512 b) => new(Vector512.GreaterThan(a._v, Vector512<float>.Zero) & b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512 Sign(V512 a) =>
        new((Vector512.GreaterThan(a._v, Vector512<float>.Zero) & Vector512<float>.One) - (Vector512.LessThan(a._v, Vector512<float>.Zero) & Vector512<float>.One));
}

/// <summary>Eight floats (AVX2).</summary>
internal readonly unsafe struct V256(Vector256<float> v) : IVec<V256>
{
    private readonly Vector256<float> _v = v;

    public static int Count => Vector256<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 Load(float* p) => new(Vector256.Load(p));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, V256 v) => v._v.Store(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 Splat(float x) => new(Vector256.Create(x));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 operator +(V256 a, V256 b) => new(a._v + b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 operator -(V256 a, V256 b) => new(a._v - b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 operator *(V256 a, V256 b) => new(a._v * b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 operator /(V256 a, V256 b) => new(a._v / b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 Fma(V256 a, V256 b, V256 c) => new(Vector256.FusedMultiplyAdd(a._v, b._v, c._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 Min(V256 a, V256 b) => new(Vector256.Min(a._v, b._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 Max(V256 a, V256 b) => new(Vector256.Max(a._v, b._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 Abs(V256 a) => new(Vector256.Abs(a._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 Floor(V256 a) => new(Vector256.Floor(a._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 Sqrt(V256 a) => new(Vector256.Sqrt(a._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256 Reciprocal(V256 a) => new(Vector256<float>.One / a._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256 Pow2(V256 n) => new(Vector256.ShiftLeft(Vector256.ConvertToInt32(n._v) + Vector256.Create(127), 23).AsSingle());
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256 CopySign(V256 magnitude, V256 sign) => new(Vector256.ConditionalSelect(Vector256.Create(-0f), sign._v, magnitude._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256 SelectLess(V256 a, V256 b, V256 ifLess, V256 otherwise) =>
        new(Vector256.ConditionalSelect(Vector256.LessThan(a._v, b._v), ifLess._v, otherwise._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256 WherePositive(V256 a, V256 b) => new(Vector256.GreaterThan(a._v, Vector256<float>.Zero) & b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256 Sign(V256 a) =>
        new((Vector256.GreaterThan(a._v, Vector256<float>.Zero) & Vector256<float>.One) - (Vector256.LessThan(a._v, Vector256<float>.Zero) & Vector256<float>.One));
}

/// <summary>One float: the tails of the vector loops, and every loop where there is no SIMD.</summary>
internal readonly unsafe struct V1(float v) : IVec<V1>
{
    private readonly float _v = v;

    public static int Count => 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Load(float* p) => new(*p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, V1 v) => *p = v._v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Splat(float x) => new(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 operator +(V1 a, V1 b) => new(a._v + b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 operator -(V1 a, V1 b) => new(a._v - b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 operator *(V1 a, V1 b) => new(a._v * b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 operator /(V1 a, V1 b) => new(a._v / b._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Fma(V1 a, V1 b, V1 c) => new(MathF.FusedMultiplyAdd(a._v, b._v, c._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Min(V1 a, V1 b) => new(MathF.Min(a._v, b._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Max(V1 a, V1 b) => new(MathF.Max(a._v, b._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Abs(V1 a) => new(MathF.Abs(a._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Floor(V1 a) => new(MathF.Floor(a._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Sqrt(V1 a) => new(MathF.Sqrt(a._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Reciprocal(V1 a) => new(1f / a._v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Pow2(V1 n) => new(BitConverter.Int32BitsToSingle(((int)n._v + 127) << 23));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 CopySign(V1 magnitude, V1 sign) => new(MathF.CopySign(magnitude._v, sign._v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V1 SelectLess(V1 a, V1 b, V1 ifLess, V1 otherwise) => a._v < b._v ? ifLess : otherwise;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 WherePositive(V1 a, V1 b) => new(a._v > 0f ? b._v : 0f);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V1 Sign(V1 a) => new(a._v > 0f ? 1f : a._v < 0f ? -1f : 0f);
}
