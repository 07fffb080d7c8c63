using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>The flat parameter store: layout, PyTorch-like initialisation, seeding, L2 and optimizer state.</summary>
public class ParameterStoreTests
{
    private ComputeBackend _backend = null!;

    [OneTimeSetUp]
    public void CreateBackend() => _backend = BackendFixture.Create("simd");

    [OneTimeTearDown]
    public void DisposeBackend() => _backend?.Dispose();

    [Test]
    public void Blocks_lie_one_after_the_other_in_PyTorch_order()
    {
        var layout = new ParameterLayout();
        var gru = layout.AddRecurrent(new RecurrentShape(CellKind.Gru, 3, 5));
        var head = layout.AddLinear(5, 2);
        gru.Offset.Should().Be(0);
        gru.Length.Should().Be(3 * 5 * 3 + 3 * 5 * 5 + 2 * 15);
        head.Offset.Should().Be(gru.Length);
        head.Length.Should().Be(2 * 5 + 2);
        layout.Length.Should().Be(gru.Length + head.Length);
        gru.RegularizedLength.Should().Be(3 * 5 * 3 + 3 * 5 * 5, "L2 covers weight_ih and weight_hh, not the biases");
        head.RegularizedLength.Should().Be(0, "L2 does not cover the head");

        using var store = new ParameterStore(_backend, layout, seed: 1);
        var weights = gru.RecurrentIn(store.Values);
        (weights.WeightIh.Offset, weights.WeightHh.Offset, weights.BiasIh.Offset, weights.BiasHh.Offset).Should().Be((0, 45, 120, 135));
        var linear = head.LinearIn(store.Gradients);
        (linear.Weight.Offset, linear.Bias.Offset, linear.Bias.Length).Should().Be((150, 160, 2));
        linear.Weight.Buffer.Should().BeSameAs(store.Gradients);
    }

    [TestCase(CellKind.Lstm, 7, 16)]
    [TestCase(CellKind.ElmanRelu, 82, 100)]
    public void Initial_values_are_uniform_in_plus_minus_one_over_root_of_the_fan(CellKind cell, int input, int hidden)
    {
        var layout = new ParameterLayout();
        var recurrent = layout.AddRecurrent(new RecurrentShape(cell, input, hidden));
        var head = layout.AddLinear(hidden, 3);
        using var store = new ParameterStore(_backend, layout, seed: 7);
        var values = store.ReadValues();

        CheckUniform(values.AsSpan(recurrent.Offset, recurrent.Length), 1 / Math.Sqrt(hidden));
        CheckUniform(values.AsSpan(head.Offset, head.Length), 1 / Math.Sqrt(hidden));
    }

    [Test]
    public void Linear_bound_follows_the_fan_in_not_the_output()
    {
        var layout = new ParameterLayout();
        var head = layout.AddLinear(400, 2);
        using var store = new ParameterStore(_backend, layout, seed: 3);
        CheckUniform(store.ReadValues(), 1 / Math.Sqrt(400));
    }

    [Test]
    public void The_same_seed_gives_the_same_parameters_and_another_seed_others()
    {
        var layout = new ParameterLayout();
        layout.AddRecurrent(new RecurrentShape(CellKind.Gru, 4, 6));
        using var first = new ParameterStore(_backend, layout, seed: 9);
        using var second = new ParameterStore(_backend, layout, seed: 9);
        using var third = new ParameterStore(_backend, layout, seed: 10);
        first.ReadValues().Should().Equal(second.ReadValues());
        first.ReadValues().Should().Equal(ParameterStore.Initialise(layout, 9), "the device holds what was drawn on the host");
        first.ReadValues().Zip(third.ReadValues()).Count(p => p.First == p.Second).Should().BeLessThan(2);
    }

    [Test]
    public void Gradients_start_at_zero()
    {
        var layout = new ParameterLayout();
        layout.AddLinear(3, 3);
        using var store = new ParameterStore(_backend, layout, seed: 1);
        store.ReadGradients().Should().OnlyContain(g => g == 0);
    }

    [Test]
    public void L2_penalty_covers_recurrent_weights_only()
    {
        var layout = new ParameterLayout();
        var gru = layout.AddRecurrent(new RecurrentShape(CellKind.Gru, 2, 3));
        layout.AddLinear(3, 1);
        using var store = new ParameterStore(_backend, layout, seed: 4);
        var values = store.ReadValues();
        var expected = 0.5 * 0.1 * values.Take(gru.RegularizedLength).Sum(v => (double)v * v);

        var penalty = store.L2Penalty(0.1f);

        Float32Agreement.ShouldAgree(penalty, expected, "λ/2·Σw²");
        var gradients = store.ReadGradients();
        Float32Agreement.ShouldAgree(gradients.AsSpan(0, gru.RegularizedLength), values.Take(gru.RegularizedLength).Select(v => 0.1 * v).ToArray(), "λw");
        gradients.Skip(gru.RegularizedLength).Should().OnlyContain(g => g == 0, "biases and the head are not regularised");
    }

    private static void CheckUniform(ReadOnlySpan<float> values, double bound)
    {
        var array = values.ToArray();
        array.Should().OnlyContain(v => v >= -bound && v < bound, $"every entry lies in [−{bound:G4}, {bound:G4})");
        array.Max().Should().BeGreaterThan((float)(0.8 * bound), "the draw spreads over the interval");
        array.Min().Should().BeLessThan((float)(-0.8 * bound));
        Math.Abs(array.Average(v => (double)v)).Should().BeLessThan(0.2 * bound, "uniform around zero");
    }
}
