using System.Runtime.CompilerServices;

namespace RnnKata.Engine.Simd;

/// <summary>
/// The fused element-wise part of one forward step for a block of batch rows: pre-activations from
/// the input projection (already in <c>gates</c>), the hidden product and the biases; activations;
/// state update. Activated gates overwrite the pre-activations in <c>gates</c> for BPTT.
/// </summary>
internal static unsafe class CellForward<T> where T : struct, IVec<T>
{
    /// <summary>Rows of G·H pre-activations → LSTM gates i, f, g, o (in place), c and h.</summary>
    /// <param name="rows">Batch rows.</param>
    /// <param name="h">H.</param>
    /// <param name="gates">[rows × 4H]: x·W_ihᵀ in, σ(i), σ(f), tanh(g), σ(o) out.</param>
    /// <param name="hiddenProduct">[rows × 4H]: h·W_hhᵀ.</param>
    /// <param name="bias">[4H]: b_ih + b_hh.</param>
    /// <param name="cPrev">[rows × H], or null for zeros.</param>
    /// <param name="c">[rows × H] out.</param>
    /// <param name="hOut">[rows × H] out.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Lstm(int rows, int h, float* gates, float* hiddenProduct, float* bias, float* cPrev, float* c, float* hOut)
    {
        for (var r = 0; r < rows; r++)
        {
            var g = gates + ((long)r * 4 * h);
            var p = hiddenProduct + ((long)r * 4 * h);
            var cp = cPrev is null ? null : cPrev + ((long)r * h);
            var u = LstmUnits<T>(0, h, g, p, bias, cp, c + ((long)r * h), hOut + ((long)r * h));
            LstmUnits<V1>(u, h, g, p, bias, cp, c + ((long)r * h), hOut + ((long)r * h));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LstmUnits<TV>(int u, int h, float* g, float* p, float* b, float* cPrev, float* c, float* hOut)
        where TV : struct, IVec<TV>
    {
        for (; u + TV.Count <= h; u += TV.Count)
        {
            var i = VMath.Sigmoid(TV.Load(g + u) + TV.Load(p + u) + TV.Load(b + u));
            var f = VMath.Sigmoid(TV.Load(g + h + u) + TV.Load(p + h + u) + TV.Load(b + h + u));
            var gg = VMath.Tanh(TV.Load(g + (2 * h) + u) + TV.Load(p + (2 * h) + u) + TV.Load(b + (2 * h) + u));
            var o = VMath.Sigmoid(TV.Load(g + (3 * h) + u) + TV.Load(p + (3 * h) + u) + TV.Load(b + (3 * h) + u));
            var cNew = cPrev is null ? i * gg : TV.Fma(f, TV.Load(cPrev + u), i * gg);
            TV.Store(g + u, i);
            TV.Store(g + h + u, f);
            TV.Store(g + (2 * h) + u, gg);
            TV.Store(g + (3 * h) + u, o);
            TV.Store(c + u, cNew);
            TV.Store(hOut + u, o * VMath.Tanh(cNew));
        }
        return u;
    }

    /// <summary>Rows of 3H pre-activations → GRU gates r, z, n (in place), h·W_hnᵀ + b_hn and h.</summary>
    /// <param name="rows">Batch rows.</param>
    /// <param name="h">H.</param>
    /// <param name="gates">[rows × 3H]: x·W_ihᵀ in, r, z, n out.</param>
    /// <param name="hiddenProduct">[rows × 3H]: h·W_hhᵀ.</param>
    /// <param name="bias">[3H]: b_ir + b_hr, b_iz + b_hz, b_in.</param>
    /// <param name="biasHn">[H]: b_hn.</param>
    /// <param name="hPrev">[rows × H], or null for zeros.</param>
    /// <param name="hiddenN">[rows × H] out: h·W_hnᵀ + b_hn.</param>
    /// <param name="hOut">[rows × H] out.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Gru(int rows, int h, float* gates, float* hiddenProduct, float* bias, float* biasHn, float* hPrev, float* hiddenN, float* hOut)
    {
        // When H is not a multiple of the width, the last units of a row run as one vector over the row's last T.Count
        // units instead of one by one: the lanes already done are computed again (from gates they overwrote) and put back as they were.
        var full = h / T.Count * T.Count;
        var overlap = full < h && full > 0;
        var indices = stackalloc float[T.Count];
        for (var i = 0; i < T.Count; i++)
            indices[i] = i;
        var (lane, from) = (T.Load(indices), T.Splat(full - (h - T.Count)));
        var (none, zero) = (V1.Splat(0f), V1.Splat(0f));
        for (var r = 0; r < rows; r++)
        {
            var g = gates + ((long)r * 3 * h);
            var p = hiddenProduct + ((long)r * 3 * h);
            var hp = hPrev is null ? null : hPrev + ((long)r * h);
            var hn = hiddenN + ((long)r * h);
            var ho = hOut + ((long)r * h);
            GruUnits<T, PutAll<T>>(0, h, g, p, bias, biasHn, hp, hn, ho, lane, from);
            if (overlap)
                GruUnits<T, PutFrom<T>>(h - T.Count, h, g, p, bias, biasHn, hp, hn, ho, lane, from);
            else
                GruUnits<V1, PutAll<V1>>(full, h, g, p, bias, biasHn, hp, hn, ho, none, zero);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GruUnits<TV, TPut>(int u, int h, float* g, float* p, float* b, float* bhn, float* hPrev, float* hiddenN, float* hOut, TV lane, TV from)
        where TV : struct, IVec<TV>
        where TPut : struct, ILanePut<TV>
    {
        for (; u + TV.Count <= h; u += TV.Count)
        {
            var r = VMath.Sigmoid(TV.Load(g + u) + TV.Load(p + u) + TV.Load(b + u));
            var z = VMath.Sigmoid(TV.Load(g + h + u) + TV.Load(p + h + u) + TV.Load(b + h + u));
            var hn = TV.Load(p + (2 * h) + u) + TV.Load(bhn + u);
            var n = VMath.Tanh(TV.Fma(r, hn, TV.Load(g + (2 * h) + u) + TV.Load(b + (2 * h) + u)));
            var hp = hPrev is null ? TV.Splat(0f) : TV.Load(hPrev + u);
            TPut.Put(g + u, r, lane, from);
            TPut.Put(g + h + u, z, lane, from);
            TPut.Put(g + (2 * h) + u, n, lane, from);
            TPut.Put(hiddenN + u, hn, lane, from);
            // h' = (1 − z)⊙n + z⊙h = n + z⊙(h − n)
            TPut.Put(hOut + u, TV.Fma(z, hp - n, n), lane, from);
        }
    }

    /// <summary>Rows of H pre-activations → Elman h = tanh(·), relu(·) or σ(·), by <paramref name="cell"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Elman(int rows, int h, CellKind cell, float* gates, float* hiddenProduct, float* bias, float* hOut)
    {
        for (var r = 0; r < rows; r++)
        {
            var g = gates + ((long)r * h);
            var p = hiddenProduct + ((long)r * h);
            var o = hOut + ((long)r * h);
            var u = ElmanUnits<T>(0, h, cell, g, p, bias, o);
            ElmanUnits<V1>(u, h, cell, g, p, bias, o);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ElmanUnits<TV>(int u, int h, CellKind cell, float* g, float* p, float* b, float* hOut) where TV : struct, IVec<TV>
    {
        for (; u + TV.Count <= h; u += TV.Count)
        {
            var a = TV.Load(g + u) + TV.Load(p + u) + TV.Load(b + u);
            TV.Store(hOut + u, cell switch
            {
                CellKind.ElmanRelu => TV.Max(a, TV.Splat(0f)),
                CellKind.ElmanLogistic => VMath.Sigmoid(a),
                _ => VMath.Tanh(a),
            });
        }
        return u;
    }
}
