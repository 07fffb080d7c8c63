using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

[TestFixture]
[KataTask(3)]
public class LstmCellTests
{
    private const double Big = Parameters.Saturating;

    [TestCase(1, 3, 4)] // a batch of one, hidden ≠ input
    [TestCase(3, 2, 5)]
    [TestCase(2, 4, 2)] // fewer hidden units than inputs
    public void Forward_matches_a_unit_by_unit_computation(int batch, int input, int hidden)
    {
        var p = Parameters.Lstm(input, hidden);
        var (x, h, c) = (SeededInputs.Normal(batch, input, 1), SeededInputs.Normal(batch, hidden, 2, 0.5), SeededInputs.Normal(batch, hidden, 3));

        var step = new LstmCell(p).Forward(x, h, c);

        var (hExpected, cExpected) = UnitByUnit.LstmStep(p, x, h, c);
        Matrices.ShouldBeClose(step.CNext, cExpected, "c' = f⊙c + i⊙g");
        Matrices.ShouldBeClose(step.HNext, hExpected, "h' = o⊙tanh(c')");
    }

    [Test]
    public void Gates_follow_PyTorchs_order_i_f_g_o()
    {
        // Zero weights and a different bias per block: block k's bias is 0.1·(k + 1).
        var hidden = 3;
        var bias = Vector<double>.Build.Dense(4 * hidden, i => 0.1 * (i / hidden + 1));
        var p = new LstmParameters(SeededInputs.Zeros(4 * hidden, 2), SeededInputs.Zeros(4 * hidden, hidden), bias, Vector<double>.Build.Dense(4 * hidden));

        var step = new LstmCell(p).Forward(SeededInputs.Normal(2, 2, 1), SeededInputs.Normal(2, hidden, 2), SeededInputs.Normal(2, hidden, 3));

        step.I.Enumerate().Should().OnlyContain(v => Math.Abs(v - GateActivations.Sigmoid(0.1)) < Tolerance.ClosedForm, "block 0 (rows 0 … H−1) is the input gate i");
        step.F.Enumerate().Should().OnlyContain(v => Math.Abs(v - GateActivations.Sigmoid(0.2)) < Tolerance.ClosedForm, "block 1 is the forget gate f");
        step.G.Enumerate().Should().OnlyContain(v => Math.Abs(v - Math.Tanh(0.3)) < Tolerance.ClosedForm, "block 2 is the candidate g, through tanh");
        step.O.Enumerate().Should().OnlyContain(v => Math.Abs(v - GateActivations.Sigmoid(0.4)) < Tolerance.ClosedForm, "block 3 is the output gate o");
    }

    [Test]
    public void Zero_weights_give_the_bias_only_output()
    {
        var p = Parameters.WithoutWeights(Parameters.Lstm(3, 4));
        var x = SeededInputs.Normal(2, 3, 1);
        var zero = SeededInputs.Zeros(2, 4);

        var step = new LstmCell(p).Forward(x, zero, zero);

        // With c = 0: c' = σ(b_i)·tanh(b_g), h' = σ(b_o)·tanh(c'), the same for every instance.
        var b = p.BiasIh + p.BiasHh;
        for (var j = 0; j < 4; j++)
        {
            var cNext = GateActivations.Sigmoid(b[j]) * Math.Tanh(b[8 + j]);
            var hNext = GateActivations.Sigmoid(b[12 + j]) * Math.Tanh(cNext);
            for (var n = 0; n < 2; n++)
            {
                step.CNext[n, j].Should().BeApproximately(cNext, Tolerance.ClosedForm, $"unit {j}: c' = σ(b_i)·tanh(b_g)");
                step.HNext[n, j].Should().BeApproximately(hNext, Tolerance.ClosedForm, $"unit {j}: h' = σ(b_o)·tanh(c')");
            }
        }
    }

    [Test]
    public void A_saturated_forget_gate_with_a_closed_input_gate_keeps_the_cell_state()
    {
        // f = σ(≈ +50) = 1 and i = σ(≈ −50) = 0: the cell state passes through untouched.
        var p = Parameters.ShiftGate(Parameters.ShiftGate(Parameters.Lstm(3, 4), 1, Big), 0, -Big);
        var c = SeededInputs.Normal(2, 4, 3, 2.0);

        var step = new LstmCell(p).Forward(SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2), c);

        Matrices.ShouldBeClose(step.CNext, c, "with f = 1 and i = 0, c' = c");
        Matrices.ShouldBeClose(step.HNext, step.O.PointwiseMultiply(c.PointwiseTanh()), "h' = o⊙tanh(c)");
    }

    [Test]
    public void A_closed_forget_gate_with_an_open_input_gate_replaces_the_cell_state_by_the_candidate()
    {
        var p = Parameters.ShiftGate(Parameters.ShiftGate(Parameters.Lstm(3, 4), 1, -Big), 0, Big);

        var step = new LstmCell(p).Forward(SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2), SeededInputs.Normal(2, 4, 3, 2.0));

        Matrices.ShouldBeClose(step.CNext, step.G, "with f = 0 and i = 1, c' = g: the old cell state is forgotten");
    }

    [Test]
    public void The_step_caches_its_arguments_and_gates_for_the_backward_pass()
    {
        var p = Parameters.Lstm(3, 4);
        var (x, h, c) = (SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2), SeededInputs.Normal(2, 4, 3));

        var step = new LstmCell(p).Forward(x, h, c);

        Matrices.ShouldBeClose(step.X, x, "the cache holds the input");
        Matrices.ShouldBeClose(step.H, h, "the cache holds the previous hidden state");
        Matrices.ShouldBeClose(step.C, c, "the cache holds the previous cell state");
        Matrices.ShouldBeClose(step.CNext, step.F.PointwiseMultiply(c) + step.I.PointwiseMultiply(step.G), "the cached gates make c'");
        Matrices.ShouldBeClose(step.HNext, step.O.PointwiseMultiply(step.CNext.PointwiseTanh()), "the cached gates make h'");
        step.I.Enumerate().Concat(step.F.Enumerate()).Concat(step.O.Enumerate()).Should().OnlyContain(v => v > 0 && v < 1, "σ gates lie in (0, 1)");
    }

    [Test]
    public void Forward_leaves_its_inputs_unchanged()
    {
        var (x, h, c) = (SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2), SeededInputs.Normal(2, 4, 3));
        var (xCopy, hCopy, cCopy) = (x.Clone(), h.Clone(), c.Clone());

        new LstmCell(Parameters.Lstm(3, 4)).Forward(x, h, c);

        (x.Equals(xCopy) && h.Equals(hCopy) && c.Equals(cCopy)).Should().BeTrue("a step must not write into x, h or c");
    }
}
