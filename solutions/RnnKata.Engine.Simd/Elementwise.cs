using System.Runtime.CompilerServices;

namespace RnnKata.Engine.Simd;

/// <summary>
/// Vectorised element-wise operations and reductions. Sums run in float vectors over short chunks
/// (at most <see cref="Chunk"/> elements) and add the chunks up in double, so long sums keep float32's precision.
/// </summary>
internal static unsafe class Elementwise<T> where T : struct, IVec<T>
{
    /// <summary>Elements per float partial sum.</summary>
    public const int Chunk = 512;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Axpy(float alpha, float* x, float* y, int n)
    {
        var i = 0;
        for (var a = T.Splat(alpha); i + T.Count <= n; i += T.Count)
            T.Store(y + i, T.Fma(a, T.Load(x + i), T.Load(y + i)));
        for (; i < n; i++)
            y[i] = MathF.FusedMultiplyAdd(alpha, x[i], y[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scale(float* x, int n, float factor)
    {
        var i = 0;
        for (var f = T.Splat(factor); i + T.Count <= n; i += T.Count)
            T.Store(x + i, T.Load(x + i) * f);
        for (; i < n; i++)
            x[i] *= factor;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Clip(float* x, int n, float limit)
    {
        var i = 0;
        for (var (hi, lo) = (T.Splat(limit), T.Splat(-limit)); i + T.Count <= n; i += T.Count)
            T.Store(x + i, T.Min(T.Max(T.Load(x + i), lo), hi));
        for (; i < n; i++)
            x[i] = MathF.Min(MathF.Max(x[i], -limit), limit);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Relu(float* x, float* y, int n)
    {
        var i = 0;
        for (var zero = T.Splat(0f); i + T.Count <= n; i += T.Count)
            T.Store(y + i, T.Max(T.Load(x + i), zero));
        for (; i < n; i++)
            y[i] = x[i] > 0f ? x[i] : 0f;
    }

    /// <summary>dx = dy where the forward output y &gt; 0, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReluBackward(float* y, float* dy, float* dx, int n)
    {
        var i = 0;
        for (; i + T.Count <= n; i += T.Count)
            T.Store(dx + i, T.WherePositive(T.Load(y + i), T.Load(dy + i)));
        for (; i < n; i++)
            dx[i] = y[i] > 0f ? dy[i] : 0f;
    }

    /// <summary>Σ x² in double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SumOfSquares(float* x, int n)
    {
        var total = 0.0;
        for (var start = 0; start < n; start += Chunk)
        {
            var end = Math.Min(n, start + Chunk);
            var acc = T.Splat(0f);
            var i = start;
            for (; i + T.Count <= end; i += T.Count)
            {
                var v = T.Load(x + i);
                acc = T.Fma(v, v, acc);
            }
            total += Sum(acc);
            for (; i < end; i++)
                total += (double)x[i] * x[i];
        }
        return total;
    }

    /// <summary>g += λ·w; returns Σ w² in double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double AddL2(float* w, float* g, int n, float lambda)
    {
        Axpy(lambda, w, g, n);
        return SumOfSquares(w, n);
    }

    /// <summary>
    /// sums[j] += Σ_i x[i, j] over <paramref name="rows"/> rows of <paramref name="columns"/> (partial sums in
    /// double), and the same into <paramref name="alsoSums"/> unless it is null.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddColumnSums(float* x, int rows, int columns, float* sums, float* alsoSums)
    {
        var total = new double[columns];
        var partial = new float[columns];
        fixed (float* p = partial)
        {
            for (var r0 = 0; r0 < rows; r0 += 64)
            {
                new Span<float>(p, columns).Clear();
                for (var r = r0; r < Math.Min(rows, r0 + 64); r++)
                {
                    var row = x + ((long)r * columns);
                    var j = 0;
                    for (; j + T.Count <= columns; j += T.Count)
                        T.Store(p + j, T.Load(p + j) + T.Load(row + j));
                    for (; j < columns; j++)
                        p[j] += row[j];
                }
                for (var j = 0; j < columns; j++)
                    total[j] += p[j];
            }
        }
        for (var j = 0; j < columns; j++)
            sums[j] = (float)(sums[j] + total[j]);
        for (var j = 0; alsoSums is not null && j < columns; j++)
            alsoSums[j] = (float)(alsoSums[j] + total[j]);
    }

    /// <summary>The sum of a vector's lanes, in double.</summary>
    public static double Sum(T v)
    {
        var lanes = stackalloc float[T.Count];
        T.Store(lanes, v);
        var s = 0.0;
        for (var i = 0; i < T.Count; i++)
            s += lanes[i];
        return s;
    }

    /// <summary>The largest lane.</summary>
    public static float Max(T v)
    {
        var lanes = stackalloc float[T.Count];
        T.Store(lanes, v);
        var m = lanes[0];
        for (var i = 1; i < T.Count; i++)
            m = MathF.Max(m, lanes[i]);
        return m;
    }
}
