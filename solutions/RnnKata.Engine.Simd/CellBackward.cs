using System.Runtime.CompilerServices;

namespace RnnKata.Engine.Simd;

/// <summary>
/// The fused element-wise part of one BPTT step for a block of batch rows: from ∂L/∂h_t (and the
/// carried ∂L/∂c_t) to the pre-activation gradients of every gate block. The matrix products
/// (∂h_{t−1}, weight gradients) are the caller's.
/// </summary>
internal static unsafe class CellBackward<T> where T : struct, IVec<T>
{
    /// <summary>LSTM: writes dA = [dA_i, dA_f, dA_g, dA_o] and replaces the carry ∂c_t by ∂c_{t−1} = ∂c_t⊙f.</summary>
    /// <param name="rows">Batch rows.</param>
    /// <param name="h">H.</param>
    /// <param name="dh">[rows × H]: ∂L/∂h_t.</param>
    /// <param name="gates">[rows × 4H]: i, f, g, o of step t.</param>
    /// <param name="c">[rows × H]: c_t.</param>
    /// <param name="cPrev">[rows × H]: c_{t−1}, or null for zeros.</param>
    /// <param name="carry">[rows × H]: ∂L/∂c_t from later steps in, ∂L/∂c_{t−1} out.</param>
    /// <param name="dA">[rows × 4H] out.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Lstm(int rows, int h, float* dh, float* gates, float* c, float* cPrev, float* carry, float* dA)
    {
        for (var r = 0; r < rows; r++)
        {
            var o = (long)r * h;
            var cp = cPrev is null ? null : cPrev + o;
            var u = LstmUnits<T>(0, h, dh + o, gates + (4 * o), c + o, cp, carry + o, dA + (4 * o));
            LstmUnits<V1>(u, h, dh + o, gates + (4 * o), c + o, cp, carry + o, dA + (4 * o));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LstmUnits<TV>(int u, int h, float* dh, float* g, float* c, float* cPrev, float* carry, float* dA)
        where TV : struct, IVec<TV>
    {
        var one = TV.Splat(1f);
        for (; u + TV.Count <= h; u += TV.Count)
        {
            var i = TV.Load(g + u);
            var f = TV.Load(g + h + u);
            var gg = TV.Load(g + (2 * h) + u);
            var o = TV.Load(g + (3 * h) + u);
            var tc = VMath.Tanh(TV.Load(c + u));
            var d = TV.Load(dh + u);
            // c_t reaches the loss through later steps (carry) and through h_t = o⊙tanh(c_t).
            var dc = TV.Fma(d * o, one - (tc * tc), TV.Load(carry + u));
            var cp = cPrev is null ? TV.Splat(0f) : TV.Load(cPrev + u);
            TV.Store(dA + u, dc * gg * i * (one - i));
            TV.Store(dA + h + u, dc * cp * f * (one - f));
            TV.Store(dA + (2 * h) + u, dc * i * (one - (gg * gg)));
            TV.Store(dA + (3 * h) + u, d * tc * o * (one - o));
            TV.Store(carry + u, dc * f);
        }
        return u;
    }

    /// <summary>
    /// GRU: writes the input-side dA = [dA_r, dA_z, dA_n] and the hidden-side [dA_r, dA_z, dA_n⊙r],
    /// and the direct part z⊙∂h_t of ∂h_{t−1} into <paramref name="dPrev"/> (added, or written when
    /// <paramref name="accumulate"/> is false; skipped when null).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Gru(
        int rows, int h, float* dh, float* gates, float* hiddenN, float* hPrev, float* dAx, float* dAh, float* dPrev, bool accumulate)
    {
        for (var r = 0; r < rows; r++)
        {
            var o = (long)r * h;
            var hp = hPrev is null ? null : hPrev + o;
            var dp = dPrev is null ? null : dPrev + o;
            var u = GruUnits<T>(0, h, dh + o, gates + (3 * o), hiddenN + o, hp, dAx + (3 * o), dAh + (3 * o), dp, accumulate);
            GruUnits<V1>(u, h, dh + o, gates + (3 * o), hiddenN + o, hp, dAx + (3 * o), dAh + (3 * o), dp, accumulate);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int GruUnits<TV>(
        int u, int h, float* dh, float* g, float* hiddenN, float* hPrev, float* dAx, float* dAh, float* dPrev, bool accumulate)
        where TV : struct, IVec<TV>
    {
        var one = TV.Splat(1f);
        for (; u + TV.Count <= h; u += TV.Count)
        {
            var r = TV.Load(g + u);
            var z = TV.Load(g + h + u);
            var n = TV.Load(g + (2 * h) + u);
            var d = TV.Load(dh + u);
            var hp = hPrev is null ? TV.Splat(0f) : TV.Load(hPrev + u);
            var dAn = d * (one - z) * (one - (n * n));
            var dAz = d * (hp - n) * z * (one - z);
            // n's pre-activation holds r⊙(h·W_hnᵀ + b_hn).
            var dAr = dAn * TV.Load(hiddenN + u) * r * (one - r);
            TV.Store(dAx + u, dAr);
            TV.Store(dAx + h + u, dAz);
            TV.Store(dAx + (2 * h) + u, dAn);
            TV.Store(dAh + u, dAr);
            TV.Store(dAh + h + u, dAz);
            TV.Store(dAh + (2 * h) + u, dAn * r);
            if (dPrev is not null)
                TV.Store(dPrev + u, accumulate ? TV.Fma(d, z, TV.Load(dPrev + u)) : d * z);
        }
        return u;
    }

    /// <summary>Elman: dA = ∂h⊙(1 − h²) for tanh, ∂h⊙[h &gt; 0] for relu, ∂h⊙h⊙(1 − h) for σ, from the outputs h.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Elman(int rows, int h, CellKind cell, float* dh, float* hOut, float* dA)
    {
        var n = rows * h;
        var i = Units<T>(0, n, cell, dh, hOut, dA);
        Units<V1>(i, n, cell, dh, hOut, dA);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Units<TV>(int i, int n, CellKind cell, float* dh, float* hOut, float* dA) where TV : struct, IVec<TV>
    {
        var one = TV.Splat(1f);
        for (; i + TV.Count <= n; i += TV.Count)
        {
            var y = TV.Load(hOut + i);
            var d = TV.Load(dh + i);
            TV.Store(dA + i, cell switch
            {
                CellKind.ElmanRelu => TV.WherePositive(y, d),
                CellKind.ElmanLogistic => d * y * (one - y),
                _ => d * (one - (y * y)),
            });
        }
        return i;
    }
}
