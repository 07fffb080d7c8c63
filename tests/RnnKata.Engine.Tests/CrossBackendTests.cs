using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>The same training run on every backend this machine has gives the same loss curve as SIMD.</summary>
public class CrossBackendTests
{
    private const int Iterations = 20;

    private static IEnumerable<TestCaseData> Runs()
    {
        foreach (var other in new[] { "ilgpu-cpu", "cuda" })
        {
            yield return new TestCaseData(other, BenchmarkCatalogue.A.Resized(hidden: 8, batch: 4, steps: 5)).SetArgDisplayNames(other, "A small");
            yield return new TestCaseData(other, BenchmarkCatalogue.C.Resized(hidden: 6, batch: 4, steps: 4)).SetArgDisplayNames(other, "C small");
            yield return new TestCaseData(other, BenchmarkCatalogue.A.Resized(hidden: 8, batch: 4, steps: 5).WithHeadHidden(4))
                .SetArgDisplayNames(other, "A small, Linear-relu-Linear head");
            yield return new TestCaseData(other, BenchmarkCatalogue.E.WithCell(CellKind.ElmanLogistic).Resized(hidden: 8, batch: 4, steps: 5)).SetArgDisplayNames(other, "E small, logistic");
        }
    }

    [TestCaseSource(nameof(Runs))]
    public void Twenty_iterations_give_the_loss_curve_of_simd(string backendName, BenchmarkConfiguration config)
    {
        using var other = BackendFixture.Create(backendName);
        using var simd = BackendFixture.Create("simd");
        var expected = Curve(simd, config);
        var actual = Curve(other, config);
        for (var i = 0; i < Iterations; i++)
        {
            Float32Agreement.ShouldAgree(actual[i], expected[i], $"iteration {i + 1} on {backendName}: the loss (simd's is the reference)", Tolerance.Float32.LossCurve);
        }
        expected[^1].Should().BeLessThan(expected[0], "the run should train, or the comparison says little");
    }

    private static float[] Curve(ComputeBackend backend, BenchmarkConfiguration config)
    {
        using var model = config.CreateModel(backend, seed: 31);
        using var trainer = config.CreateTrainer(model);
        var batch = config.CreateData(seed: 32);
        var curve = new float[Iterations];
        curve[0] = trainer.Train(batch);
        for (var i = 1; i < Iterations; i++)
            curve[i] = trainer.TrainLoaded();
        return curve;
    }
}
