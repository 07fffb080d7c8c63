using System.Runtime.CompilerServices;

namespace RnnKata.Engine.Simd;

/// <summary>One fused, vectorised pass per optimizer update (PyTorch's update rules, see <see cref="OptimizerKind"/>).</summary>
internal static unsafe class Optimizers<T> where T : struct, IVec<T>
{
    /// <summary>Updates n parameters p from gradients g with state s (StatePerParameter·n floats).</summary>
    public static void Step(OptimizerSettings o, float* p, float* g, float* s, int n, int step)
    {
        var lr = o.LearningRate;
        switch (o.Kind)
        {
            case OptimizerKind.Sgd when o.Momentum == 0f:
                Elementwise<T>.Axpy(-lr, g, p, n);
                break;
            case OptimizerKind.Sgd:
                Sgd<T>(0, n, p, g, s, lr, o.Momentum);
                Sgd<V1>(n / T.Count * T.Count, n, p, g, s, lr, o.Momentum);
                break;
            case OptimizerKind.Adam:
            {
                var correction1 = 1.0 - Math.Pow(o.Beta1, step);
                var correction2 = 1.0 - Math.Pow(o.Beta2, step);
                var stepSize = (float)(lr / correction1);
                var inverseRoot2 = (float)(1.0 / Math.Sqrt(correction2));
                Adam<T>(0, n, p, g, s, s + n, o.Beta1, o.Beta2, o.Epsilon, stepSize, inverseRoot2);
                Adam<V1>(n / T.Count * T.Count, n, p, g, s, s + n, o.Beta1, o.Beta2, o.Epsilon, stepSize, inverseRoot2);
                break;
            }
            case OptimizerKind.RmsProp:
                RmsProp<T>(0, n, p, g, s, s + n, lr, o.Decay, o.Momentum, o.Epsilon);
                RmsProp<V1>(n / T.Count * T.Count, n, p, g, s, s + n, lr, o.Decay, o.Momentum, o.Epsilon);
                break;
            case OptimizerKind.Adagrad:
                Adagrad<T>(0, n, p, g, s, lr, o.Epsilon);
                Adagrad<V1>(n / T.Count * T.Count, n, p, g, s, lr, o.Epsilon);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(o), o.Kind, "Unknown optimizer.");
        }
    }

    // Each loop covers [i, end) in whole vectors of TV (TV = V1 does the tail).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sgd<TV>(int i, int end, float* p, float* g, float* buf, float lr, float momentum) where TV : struct, IVec<TV>
    {
        var (mu, rate) = (TV.Splat(momentum), TV.Splat(lr));
        for (; i + TV.Count <= end; i += TV.Count)
        {
            var b = TV.Fma(mu, TV.Load(buf + i), TV.Load(g + i));
            TV.Store(buf + i, b);
            TV.Store(p + i, TV.Load(p + i) - (rate * b));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Adam<TV>(
        int i, int end, float* p, float* g, float* m, float* v, float beta1, float beta2, float epsilon, float stepSize, float inverseRoot2)
        where TV : struct, IVec<TV>
    {
        var (b1, c1, b2, c2) = (TV.Splat(beta1), TV.Splat(1f - beta1), TV.Splat(beta2), TV.Splat(1f - beta2));
        var (eps, size, root) = (TV.Splat(epsilon), TV.Splat(stepSize), TV.Splat(inverseRoot2));
        for (; i + TV.Count <= end; i += TV.Count)
        {
            var grad = TV.Load(g + i);
            var mNew = TV.Fma(b1, TV.Load(m + i), c1 * grad);
            var vNew = TV.Fma(b2, TV.Load(v + i), c2 * grad * grad);
            TV.Store(m + i, mNew);
            TV.Store(v + i, vNew);
            // PyTorch: p −= (lr / (1 − β₁ᵗ))·m / (√v / √(1 − β₂ᵗ) + ε)
            TV.Store(p + i, TV.Load(p + i) - (size * mNew / TV.Fma(TV.Sqrt(vNew), root, eps)));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RmsProp<TV>(int i, int end, float* p, float* g, float* s, float* buf, float lr, float decay, float momentum, float epsilon)
        where TV : struct, IVec<TV>
    {
        var (alpha, oneMinus, eps, rate, mu) = (TV.Splat(decay), TV.Splat(1f - decay), TV.Splat(epsilon), TV.Splat(lr), TV.Splat(momentum));
        for (; i + TV.Count <= end; i += TV.Count)
        {
            var grad = TV.Load(g + i);
            var sNew = TV.Fma(alpha, TV.Load(s + i), oneMinus * grad * grad);
            TV.Store(s + i, sNew);
            var step = grad / (TV.Sqrt(sNew) + eps);
            if (momentum > 0f)
            {
                step = TV.Fma(mu, TV.Load(buf + i), step);
                TV.Store(buf + i, step);
            }
            TV.Store(p + i, TV.Load(p + i) - (rate * step));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Adagrad<TV>(int i, int end, float* p, float* g, float* s, float lr, float epsilon) where TV : struct, IVec<TV>
    {
        var (eps, rate) = (TV.Splat(epsilon), TV.Splat(lr));
        for (; i + TV.Count <= end; i += TV.Count)
        {
            var grad = TV.Load(g + i);
            var sNew = TV.Fma(grad, grad, TV.Load(s + i));
            TV.Store(s + i, sNew);
            TV.Store(p + i, TV.Load(p + i) - (rate * grad / (TV.Sqrt(sNew) + eps)));
        }
    }
}
