using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>The configurations A–H: the peer's FLOP model and data that fits each model.</summary>
public class CatalogueTests
{
    // 3 × (Σ 2·B·T·G·H·(I+H) + 2·rows·H·O), written out per configuration as in peer-bench's Bench.cs.
    [TestCase("A", 3 * (2.0 * 64 * 10 * 4 * 128 * (1 + 128) + 2.0 * 64 * 128 * 1))]
    [TestCase("B", 3 * (2.0 * 64 * 5 * 3 * 64 * (1 + 64) + 2.0 * 64 * 64 * 1))]
    [TestCase("C", 3 * (2 * (2.0 * 64 * 15 * 3 * 50 * (1 + 50) + 2.0 * 64 * 15 * 3 * 50 * (50 + 50)) + 2.0 * 64 * 15 * 50 * 1))]
    [TestCase("D", 3 * (2 * (2.0 * 64 * 30 * 3 * 50 * (1 + 50) + 2.0 * 64 * 30 * 3 * 50 * (50 + 50)) + 2.0 * 64 * 30 * 50 * 1))]
    [TestCase("E", 3 * (2.0 * 50 * 20 * 1 * 100 * (1 + 100) + 2.0 * 50 * 20 * 100 * 1))]
    [TestCase("F", 3 * (2.0 * 128 * 10 * 1 * 128 * (82 + 128) + 2.0 * 128 * 128 * 82))]
    [TestCase("G", 3 * (2.0 * 64 * 50 * 4 * 512 * (64 + 512) + 2.0 * 64 * 50 * 512 * 64))]
    [TestCase("H", 3 * (2.0 * 256 * 100 * 4 * 1024 * (1024 + 1024) + 2.0 * 256 * 100 * 1024 * 1024))]
    public void Flops_per_iteration_follow_the_peer_model(string name, double expected) =>
        BenchmarkCatalogue.Get(name).FlopsPerIteration.Should().BeApproximately(expected, 1e-12 * expected, "the same arithmetic in another order");

    [TestCase("A", 10 * 64 * 1, 64)]
    [TestCase("B", 5 * 64 * 1, 64)]
    [TestCase("C", 15 * 64, 15 * 64)]
    [TestCase("D", 30 * 64, 30 * 64)]
    [TestCase("E", 20 * 50, 20 * 50)]
    [TestCase("F", 10 * 128 * 82, 128)]
    [TestCase("G", 50 * 64 * 64, 50 * 64 * 64)]
    public void Data_has_the_shape_of_the_configuration(string name, int inputs, int targets)
    {
        var batch = BenchmarkCatalogue.Get(name).CreateData(seed: 1);
        batch.Inputs.Values.Should().HaveCount(inputs);
        batch.Targets.Values.Should().HaveCount(targets);
        batch.Inputs.Values.Concat(batch.Targets.Values).Should().OnlyContain(v => float.IsFinite(v));
    }

    [Test]
    public void Every_step_sine_targets_are_the_inputs_shifted_by_one()
    {
        var e = BenchmarkCatalogue.E;
        var batch = e.CreateData(seed: 3);
        var (steps, size) = (e.Network.Steps, e.Network.Batch);
        batch.Targets.Values.AsSpan(0, (steps - 1) * size).ToArray().Should().Equal(batch.Inputs.Values.AsSpan(size).ToArray());
    }

    [Test]
    public void One_hot_inputs_have_exactly_one_one_per_row()
    {
        var f = BenchmarkCatalogue.F;
        var batch = f.CreateData(seed: 4);
        var classes = f.Network.Output;
        batch.Inputs.Values.Chunk(f.Network.Input).Should().OnlyContain(row => row.Count(v => v == 1f) == 1 && row.Count(v => v == 0f) == classes - 1);
        batch.Targets.Values.Should().OnlyContain(c => c >= 0 && c < classes && c == MathF.Floor(c));
    }

    [Test]
    public void Sine_windows_follow_one_sine_per_sequence()
    {
        var (x, next) = BenchmarkData.SineWindows(batch: 3, steps: 4, horizon: 2, new Random(5));
        for (var b = 0; b < 3; b++)
        {
            // sin(φ + ωt): s(t+1) + s(t−1) = 2cos(ω)·s(t) for every t, with one ω per sequence.
            var s = Enumerable.Range(0, 4).Select(t => (double)x[t * 3 + b]).Concat(Enumerable.Range(0, 2).Select(t => (double)next[t * 3 + b])).ToArray();
            for (var t = 2; t < 5; t++)
                ((s[t + 1] + s[t - 1]) * s[1]).Should().BeApproximately((s[2] + s[0]) * s[t], 1e-5, "float32 sine values");
        }
    }

    [Test]
    public void Descriptions_name_the_model()
    {
        BenchmarkCatalogue.A.Description.Should().Be("LSTM(1→128) T10 B64 last→Linear(1) MSE Adam(0.01)");
        BenchmarkCatalogue.C.Description.Should().Be("seq2seq GRU 2×50 enc+dec T15→15 B64 ½Σ²+0.003·L2 RMSProp(0.007,α0.92,μ0.5)");
        BenchmarkCatalogue.H.GpuOnly.Should().BeTrue();
        BenchmarkCatalogue.E.WithCell(CellKind.ElmanLogistic).Description.Should().StartWith("RNN-logistic(1→100) ");
    }
}
