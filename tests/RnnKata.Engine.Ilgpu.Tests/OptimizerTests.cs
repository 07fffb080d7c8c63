using RnnKata.Engine.Ilgpu.Tests.Support;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>Three steps of each optimizer against PyTorch's update rules written out in double.</summary>
public sealed class OptimizerTests
{
    private const int Count = 11, Steps = 3;

    private static ComputeBackend Backend => CpuBackend.Instance;

    private static IEnumerable<TestCaseData> Settings()
    {
        yield return new TestCaseData(OptimizerSettings.Sgd(0.1f)).SetArgDisplayNames("SGD");
        yield return new TestCaseData(OptimizerSettings.Sgd(0.1f, 0.9f)).SetArgDisplayNames("SGD with momentum");
        yield return new TestCaseData(OptimizerSettings.Adam(0.01f)).SetArgDisplayNames("Adam");
        yield return new TestCaseData(OptimizerSettings.RmsProp(0.01f)).SetArgDisplayNames("RMSProp");
        yield return new TestCaseData(OptimizerSettings.RmsProp(0.01f, momentum: 0.5f)).SetArgDisplayNames("RMSProp with momentum");
        yield return new TestCaseData(OptimizerSettings.Adagrad(0.1f)).SetArgDisplayNames("Adagrad");
    }

    [TestCaseSource(nameof(Settings))]
    public void Optimizer_steps_follow_the_update_rule(OptimizerSettings settings)
    {
        var p = HostData.Random(Count, 30);
        using var dp = Backend.Upload(p);
        using var dg = Backend.Allocate(Count);
        using var state = Backend.Allocate(settings.StatePerParameter * Count);
        var expected = p.ToDouble();
        var first = new double[Count];
        var second = new double[Count];

        for (int step = 1; step <= Steps; step++)
        {
            var g = HostData.Random(Count, 30 + step);
            Backend.Upload(dg.All, g);
            Backend.OptimizerStep(settings, dp.All, dg.All, state.All, step);
            for (int i = 0; i < Count; i++)
                expected[i] -= Update(settings, g[i], step, ref first[i], ref second[i]);
        }

        Float32Agreement.ShouldAgree(Backend.Download(dp.All), expected, "parameters");
    }

    // The amount to subtract from the parameter; first/second are the two state slots.
    private static double Update(OptimizerSettings s, double g, int step, ref double first, ref double second)
    {
        double lr = s.LearningRate;
        switch (s.Kind)
        {
            case OptimizerKind.Sgd:
                if (s.Momentum == 0)
                    return lr * g;
                first = s.Momentum * first + g;
                return lr * first;
            case OptimizerKind.Adam:
                first = s.Beta1 * first + (1 - s.Beta1) * g;
                second = s.Beta2 * second + (1 - s.Beta2) * g * g;
                var mHat = first / (1 - Math.Pow(s.Beta1, step));
                var vHat = second / (1 - Math.Pow(s.Beta2, step));
                return lr * mHat / (Math.Sqrt(vHat) + s.Epsilon);
            case OptimizerKind.RmsProp:
                first = s.Decay * first + (1 - s.Decay) * g * g;
                var scaled = g / (Math.Sqrt(first) + s.Epsilon);
                if (s.Momentum == 0)
                    return lr * scaled;
                second = s.Momentum * second + scaled;
                return lr * second;
            default:
                first += g * g;
                return lr * g / (Math.Sqrt(first) + s.Epsilon);
        }
    }
}
