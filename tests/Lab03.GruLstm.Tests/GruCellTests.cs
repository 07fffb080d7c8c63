using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

[TestFixture]
[KataTask(9)]
public class GruCellTests
{
    private const double Big = Parameters.Saturating;
    private const ResetPlacement After = ResetPlacement.AfterHiddenProduct;
    private const ResetPlacement Before = ResetPlacement.BeforeHiddenProduct;

    [TestCase(After, 1, 3, 4)] // a batch of one, hidden ≠ input
    [TestCase(After, 3, 2, 5)]
    [TestCase(After, 2, 4, 2)]
    [TestCase(Before, 1, 3, 4)]
    [TestCase(Before, 3, 2, 5)]
    [TestCase(Before, 2, 4, 2)]
    public void Forward_matches_a_unit_by_unit_computation(ResetPlacement placement, int batch, int input, int hidden)
    {
        var p = Parameters.Gru(input, hidden);
        var (x, h) = (SeededInputs.Normal(batch, input, 1), SeededInputs.Normal(batch, hidden, 2, 0.5));

        var step = new GruCell(p, placement).Forward(x, h);

        Matrices.ShouldBeClose(step.HNext, UnitByUnit.GruStep(p, placement, x, h), $"h' = (1 − z)⊙n + z⊙h with the reset gate {placement}");
    }

    [Test]
    public void Gates_follow_PyTorchs_order_r_z_n()
    {
        var hidden = 3;
        var bias = Vector<double>.Build.Dense(3 * hidden, i => 0.1 * (i / hidden + 1));
        var p = new GruParameters(SeededInputs.Zeros(3 * hidden, 2), SeededInputs.Zeros(3 * hidden, hidden), bias, Vector<double>.Build.Dense(3 * hidden));

        var step = new GruCell(p).Forward(SeededInputs.Normal(2, 2, 1), SeededInputs.Normal(2, hidden, 2));

        step.R.Enumerate().Should().OnlyContain(v => Math.Abs(v - GateActivations.Sigmoid(0.1)) < Tolerance.ClosedForm, "block 0 is the reset gate r");
        step.Z.Enumerate().Should().OnlyContain(v => Math.Abs(v - GateActivations.Sigmoid(0.2)) < Tolerance.ClosedForm, "block 1 is the update gate z");
        step.N.Enumerate().Should().OnlyContain(v => Math.Abs(v - Math.Tanh(0.3)) < Tolerance.ClosedForm, "block 2 is the candidate n (b_hn = 0 here)");
    }

    [TestCase(After)]
    [TestCase(Before)]
    public void An_update_gate_of_one_keeps_the_state(ResetPlacement placement)
    {
        var p = Parameters.ShiftGate(Parameters.Gru(3, 4), 1, Big);
        var h = SeededInputs.Normal(2, 4, 2);

        var step = new GruCell(p, placement).Forward(SeededInputs.Normal(2, 3, 1), h);

        Matrices.ShouldBeClose(step.HNext, h, "z = 1: h' = (1 − 1)⊙n + 1⊙h = h (PyTorch's convention: z keeps)");
    }

    [TestCase(After)]
    [TestCase(Before)]
    public void An_update_gate_of_zero_takes_the_candidate(ResetPlacement placement)
    {
        var p = Parameters.ShiftGate(Parameters.Gru(3, 4), 1, -Big);

        var step = new GruCell(p, placement).Forward(SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2));

        Matrices.ShouldBeClose(step.HNext, step.N, "z = 0: h' = n");
    }

    [TestCase(After)]
    [TestCase(Before)]
    public void Zero_weights_give_the_bias_only_output(ResetPlacement placement)
    {
        var p = Parameters.WithoutWeights(Parameters.Gru(3, 4));
        var h = SeededInputs.Normal(2, 4, 2);

        var step = new GruCell(p, placement).Forward(SeededInputs.Normal(2, 3, 1), h);

        for (var j = 0; j < 4; j++)
        {
            var r = GateActivations.Sigmoid(p.BiasIh[j] + p.BiasHh[j]);
            var z = GateActivations.Sigmoid(p.BiasIh[4 + j] + p.BiasHh[4 + j]);
            // After: r scales b_hn. Before: r scales h, which meets zero weights, and b_hn is added as it is.
            var n = Math.Tanh(p.BiasIh[8 + j] + (placement == After ? r * p.BiasHh[8 + j] : p.BiasHh[8 + j]));
            for (var row = 0; row < 2; row++)
                step.HNext[row, j].Should().BeApproximately((1 - z) * n + z * h[row, j], Tolerance.ClosedForm, $"unit {j}, instance {row}");
        }
    }

    [Test]
    public void Both_reset_placements_agree_when_the_reset_gate_is_one()
    {
        var p = Parameters.ShiftGate(Parameters.Gru(3, 4), 0, Big);
        var (x, h) = (SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2));

        var after = new GruCell(p, After).Forward(x, h);
        var before = new GruCell(p, Before).Forward(x, h);

        Matrices.ShouldBeClose(after.HNext, before.HNext, "r = 1: r⊙(h·W_hnᵀ + b_hn) = (r⊙h)·W_hnᵀ + b_hn");
    }

    [Test]
    public void The_reset_placements_are_different_models()
    {
        var p = Parameters.Gru(3, 4);
        var (x, h) = (SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2));

        var after = new GruCell(p, After).Forward(x, h);
        var before = new GruCell(p, Before).Forward(x, h);

        Reductions.MaxDifference(after.HNext, before.HNext).Should().BeGreaterThan(1e-3,
            "with r ≠ 1 the placement changes the output: the option must not be ignored");
    }

    [Test]
    public void Before_the_product_only_the_sum_of_the_two_n_biases_matters()
    {
        var p = Parameters.Gru(3, 4);
        var moved = new GruParameters(p.WeightIh, p.WeightHh,
            p.BiasIh.MapIndexed((i, v) => i >= 8 ? v + p.BiasHh[i] : v),
            p.BiasHh.MapIndexed((i, v) => i >= 8 ? 0 : v));
        var (x, h) = (SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2));

        Matrices.ShouldBeClose(new GruCell(moved, Before).Forward(x, h).HNext, new GruCell(p, Before).Forward(x, h).HNext,
            "before the product, b_hn sits outside r: moving it into b_in changes nothing");
        Reductions.MaxDifference(new GruCell(moved, After).Forward(x, h).HNext, new GruCell(p, After).Forward(x, h).HNext)
            .Should().BeGreaterThan(1e-3, "after the product, b_hn is scaled by r, so moving it changes the output");
    }

    [Test]
    public void Flipping_the_update_gate_turns_z_into_one_minus_z()
    {
        var p = Parameters.Gru(3, 4);
        var (x, h) = (SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2));

        var z = new GruCell(p).Forward(x, h).Z;
        var flipped = new GruCell(p.FlipUpdateGate()).Forward(x, h).Z;

        Matrices.ShouldBeClose(flipped, 1 - z, "σ(−a) = 1 − σ(a)");
    }

    [TestCase(1, 3, 4)]
    [TestCase(3, 2, 5)]
    public void The_blogs_update_convention_is_the_same_model_with_z_replaced_by_one_minus_z(int batch, int input, int hidden)
    {
        // The blog updates with h' = (1 − z)⊙h + z⊙ĥ; PyTorch with h' = (1 − z)⊙n + z⊙h.
        var blog = BlogGru.Seeded(input, hidden, 81);
        var (x, h) = (SeededInputs.Normal(batch, input, 1), SeededInputs.Normal(batch, hidden, 2));
        var expected = blog.Step(x, h);

        var converted = new GruCell(blog.StackedAsIs().FlipUpdateGate(), After).Forward(x, h);
        var unconverted = new GruCell(blog.StackedAsIs(), After).Forward(x, h);

        Matrices.ShouldBeClose(converted.HNext, expected, "the blog's GRU with the z block of every tensor negated");
        Reductions.MaxDifference(unconverted.HNext, expected).Should().BeGreaterThan(1e-3,
            "without the flip the two conventions give different outputs");
    }

    [Test]
    public void Forward_leaves_its_inputs_unchanged()
    {
        var (x, h) = (SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2));
        var (xCopy, hCopy) = (x.Clone(), h.Clone());

        new GruCell(Parameters.Gru(3, 4), Before).Forward(x, h);

        (x.Equals(xCopy) && h.Equals(hCopy)).Should().BeTrue("a step must not write into x or h");
    }
}
