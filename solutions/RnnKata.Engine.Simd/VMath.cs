using System.Runtime.CompilerServices;

namespace RnnKata.Engine.Simd;

/// <summary>Vectorised exp, σ and tanh in float32 (Cephes' polynomials, about 1e-7 relative error).</summary>
internal static class VMath
{
    /// <summary>eˣ, with x clamped to ±87 so that 2ⁿ stays a normal float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Exp<T>(T x) where T : struct, IVec<T>
    {
        x = T.Min(T.Max(x, T.Splat(-87f)), T.Splat(87f));
        // x = n·ln2 + r with |r| ≤ ln2/2; ln2 split in two parts so that n·ln2 is exact enough.
        var n = T.Floor(T.Fma(x, T.Splat(1.44269504088896341f), T.Splat(0.5f)));
        var r = T.Fma(n, T.Splat(-0.693359375f), x);
        r = T.Fma(n, T.Splat(2.12194440e-4f), r);
        var p = T.Fma(T.Splat(1.9875691500e-4f), r, T.Splat(1.3981999507e-3f));
        p = T.Fma(p, r, T.Splat(8.3334519073e-3f));
        p = T.Fma(p, r, T.Splat(4.1665795894e-2f));
        p = T.Fma(p, r, T.Splat(1.6666665459e-1f));
        p = T.Fma(p, r, T.Splat(5.0000001201e-1f));
        p = T.Fma(p, r * r, r + T.Splat(1f));
        return p * T.Pow2(n);
    }

    /// <summary>σ(x) = 1 / (1 + e⁻ˣ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sigmoid<T>(T x) where T : struct, IVec<T> =>
        T.Reciprocal(T.Splat(1f) + Exp(T.Splat(0f) - x));

    /// <summary>tanh(x): an odd polynomial below |x| = 0.625 (keeps the relative error small near 0), else 1 − 2/(e²ˣ + 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Tanh<T>(T x) where T : struct, IVec<T>
    {
        var a = T.Abs(x);
        var large = T.Splat(1f) - (T.Splat(2f) * T.Reciprocal(Exp(a + a) + T.Splat(1f)));
        var z = x * x;
        var p = T.Fma(T.Splat(-5.70498872745e-3f), z, T.Splat(2.06390887954e-2f));
        p = T.Fma(p, z, T.Splat(-5.37397155531e-2f));
        p = T.Fma(p, z, T.Splat(1.33314422036e-1f));
        p = T.Fma(p, z, T.Splat(-3.33332819422e-1f));
        var small = T.Fma(p * z, x, x);
        return T.SelectLess(a, T.Splat(0.625f), small, T.CopySign(large, x));
    }
}
