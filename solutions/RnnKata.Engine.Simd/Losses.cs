using System.Runtime.CompilerServices;

namespace RnnKata.Engine.Simd;

/// <summary>The losses (see <see cref="LossKind"/>): value in double, gradient written in one pass.</summary>
internal static unsafe class Losses<T> where T : struct, IVec<T>
{
    /// <summary>The loss of p against t (n entries); g = ∂loss/∂p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Elementwise(LossKind kind, float* p, float* t, float* g, int n)
    {
        // loss = scale·Σ f(p − t); gradient = gradScale·f'(p − t).
        // RMSE: the squares with gradient (p − t)/N here, divided by RMSE once the sum is known.
        var (scale, gradScale) = kind switch
        {
            LossKind.MeanSquaredError => (1.0 / n, 2f / n),
            LossKind.RootMeanSquaredError => (1.0 / n, 1f / n),
            LossKind.MeanAbsoluteError => (1.0 / n, 1f / n),
            _ => (0.5, 1f),
        };
        var absolute = kind == LossKind.MeanAbsoluteError;
        var total = 0.0;
        var gs = T.Splat(gradScale);
        for (var start = 0; start < n; start += Elementwise<T>.Chunk)
        {
            var end = Math.Min(n, start + Elementwise<T>.Chunk);
            var acc = T.Splat(0f);
            var i = start;
            for (; i + T.Count <= end; i += T.Count)
            {
                var d = T.Load(p + i) - T.Load(t + i);
                acc = absolute ? acc + T.Abs(d) : T.Fma(d, d, acc);
                T.Store(g + i, gs * (absolute ? T.Sign(d) : d));
            }
            total += Elementwise<T>.Sum(acc);
            for (; i < end; i++)
            {
                var d = p[i] - t[i];
                total += absolute ? Math.Abs(d) : (double)d * d;
                g[i] = gradScale * (absolute ? MathF.Sign(d) : d);
            }
        }
        if (kind != LossKind.RootMeanSquaredError)
            return scale * total;
        var rmse = Math.Sqrt(scale * total);
        Elementwise<T>.Scale(g, n, rmse > 0 ? (float)(1 / rmse) : 0f);
        return rmse;
    }

    /// <summary>Mean over rows of −log softmax(p)[class], with the max shift; g = (softmax − onehot)/R.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SoftmaxCrossEntropy(float* p, float* targets, float* g, int rows, int columns)
    {
        for (var r = 0; r < rows; r++)
        {
            var c = targets[r];
            if (!(c >= 0f && c < columns && c == MathF.Floor(c)))
                throw new ArgumentException($"Row {r}'s target {c} is not a class index in [0, {columns}).", nameof(targets));
        }
        var total = 0.0;
        var inverseRows = 1f / rows;
        for (var r = 0; r < rows; r++)
        {
            var row = p + ((long)r * columns);
            var grad = g + ((long)r * columns);
            var max = RowMax(row, columns);
            var target = (int)targets[r];
            var targetLogit = row[target]; // read before the gradient is written: g may be p itself
            var sum = 0.0;
            var acc = T.Splat(0f);
            var j = 0;
            for (var m = T.Splat(max); j + T.Count <= columns; j += T.Count)
            {
                var e = VMath.Exp(T.Load(row + j) - m);
                T.Store(grad + j, e);
                acc += e;
            }
            sum += Elementwise<T>.Sum(acc);
            for (; j < columns; j++)
            {
                var e = VMath.Exp(new V1(row[j] - max));
                V1.Store(grad + j, e);
                sum += grad[j];
            }
            total += Math.Log(sum) - (targetLogit - max);
            Elementwise<T>.Scale(grad, columns, (float)(inverseRows / sum));
            grad[target] -= inverseRows;
        }
        return total / rows;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float RowMax(float* row, int columns)
    {
        var max = float.NegativeInfinity;
        var j = 0;
        if (columns >= T.Count)
        {
            var m = T.Load(row);
            for (j = T.Count; j + T.Count <= columns; j += T.Count)
                m = T.Max(m, T.Load(row + j));
            max = Elementwise<T>.Max(m);
        }
        for (; j < columns; j++)
            max = MathF.Max(max, row[j]);
        return max;
    }
}
