namespace RnnKata.Engine.Simd.Tests;

/// <summary>Three optimizer steps of each rule against PyTorch's update written in double.</summary>
public sealed class OptimizerTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        from width in Widths.Available
        from settings in new[]
        {
            OptimizerSettings.Sgd(0.1f), OptimizerSettings.Sgd(0.1f, momentum: 0.9f), OptimizerSettings.Adam(0.01f),
            OptimizerSettings.RmsProp(0.01f), OptimizerSettings.RmsProp(0.01f, momentum: 0.5f), OptimizerSettings.Adagrad(0.1f),
        }
        select new TestCaseData(width.ToString(), settings).SetArgDisplayNames(width.ToString(), $"{settings.Kind} μ={settings.Momentum}");

    [TestCaseSource(nameof(Cases))]
    public void Three_steps_match_the_double_update_rule(string width, OptimizerSettings o)
    {
        const int n = 37;
        var p = Widths.Random(1, n).ToDouble();
        var grads = Enumerable.Range(0, 3).Select(s => Widths.Random(2 + s, n)).ToArray();
        using var backend = new SimdBackend(1, Enum.Parse<SimdWidth>(width));
        var (pBuffer, gBuffer, state) = (backend.Put(p.Select(v => (float)v).ToArray()), backend.Allocate(n), backend.Allocate(o.StatePerParameter * n));
        var (s1, s2) = (new double[n], new double[n]);
        for (var step = 1; step <= 3; step++)
        {
            backend.Upload(gBuffer.All, grads[step - 1]);
            backend.OptimizerStep(o, pBuffer.All, gBuffer.All, state.All, step);
            for (var i = 0; i < n; i++)
                p[i] -= Update(o, grads[step - 1][i], ref s1[i], ref s2[i], step);
        }
        Float32Agreement.ShouldAgree(backend.Download(pBuffer.All), p, "parameters");
    }

    private static double Update(OptimizerSettings o, double g, ref double s1, ref double s2, int t)
    {
        double lr = o.LearningRate, mu = o.Momentum, eps = o.Epsilon;
        switch (o.Kind)
        {
            case OptimizerKind.Sgd:
                if (mu == 0)
                    return lr * g;
                s1 = (mu * s1) + g;
                return lr * s1;
            case OptimizerKind.Adam:
                s1 = (o.Beta1 * s1) + ((1 - (double)o.Beta1) * g);
                s2 = (o.Beta2 * s2) + ((1 - (double)o.Beta2) * g * g);
                var mHat = s1 / (1 - Math.Pow(o.Beta1, t));
                var vHat = s2 / (1 - Math.Pow(o.Beta2, t));
                return lr * mHat / (Math.Sqrt(vHat) + eps);
            case OptimizerKind.RmsProp:
                s1 = (o.Decay * s1) + ((1 - (double)o.Decay) * g * g);
                var step = g / (Math.Sqrt(s1) + eps);
                if (mu == 0)
                    return lr * step;
                s2 = (mu * s2) + step;
                return lr * s2;
            default:
                s1 += g * g;
                return lr * g / (Math.Sqrt(s1) + eps);
        }
    }
}
