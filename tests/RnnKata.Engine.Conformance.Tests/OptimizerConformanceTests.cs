using RnnKata.Engine.Conformance.Tests.Support;

namespace RnnKata.Engine.Conformance.Tests;

/// <summary>Three steps of every optimizer against PyTorch's rules in double precision.</summary>
[TestFixtureSource(typeof(BackendUnderTest), nameof(BackendUnderTest.Names))]
public sealed class OptimizerConformanceTests(string backend) : BackendUnderTest(backend)
{
    private static IEnumerable<TestCaseData> Settings()
    {
        yield return new TestCaseData(OptimizerSettings.Sgd(0.1f)).SetArgDisplayNames("SGD");
        yield return new TestCaseData(OptimizerSettings.Sgd(0.1f, momentum: 0.9f)).SetArgDisplayNames("SGD momentum 0.9");
        yield return new TestCaseData(OptimizerSettings.Adam(0.01f)).SetArgDisplayNames("Adam 0.01");
        yield return new TestCaseData(OptimizerSettings.RmsProp(0.007f, decay: 0.92f, momentum: 0.5f)).SetArgDisplayNames("RMSProp 0.007 decay 0.92 momentum 0.5");
        yield return new TestCaseData(OptimizerSettings.RmsProp(0.01f)).SetArgDisplayNames("RMSProp 0.01");
        yield return new TestCaseData(OptimizerSettings.Adagrad(0.05f)).SetArgDisplayNames("Adagrad 0.05");
    }

    [TestCaseSource(nameof(Settings))]
    public void Three_steps_follow_the_update_rule(OptimizerSettings settings)
    {
        const int n = 37; // not a multiple of any vector width
        var start = HostData.Uniform(n, 41);
        var gradients = Enumerable.Range(0, 3).Select(k => HostData.Uniform(n, 42 + k)).ToArray();
        gradients[1][0] = 0f;
        var expected = OptimizerReference.Run(settings, start, gradients);

        using var parameters = Upload(start);
        using var gradient = Backend.Allocate(n);
        using var state = Backend.Allocate(settings.StatePerParameter * n);
        for (var step = 1; step <= gradients.Length; step++)
        {
            Backend.Upload(gradient.All, gradients[step - 1]);
            Backend.OptimizerStep(settings, parameters.All, gradient.All, state.All, step);
            // Judge the change from the start (the update), not the parameters, so that small updates are seen.
            var got = Backend.Download(parameters.All).Select((v, i) => v - start[i]).ToArray();
            Float32Agreement.ShouldAgree(got, expected[step - 1].Select((v, i) => v - start[i]).ToArray(), $"{settings.Kind} step {step}: p − p₀");
        }
    }
}
