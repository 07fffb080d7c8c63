using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(4)]
public class ForwardTests
{
    private static readonly Shape Lab = Cases.Shapes[0];

    private static (Matrix<double>[] Xs, Matrix<double> H0, ElmanParameters P) Setup(Shape s) =>
        (Data.Sequence(s.Steps, s.Batch, s.Inputs, s.Seed + 1), Data.State(s.Batch, s.Hidden, s.Seed + 2),
            ElmanParameters.Seeded(s.Inputs, s.Hidden, s.Outputs, s.Seed));

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivations))]
    public void States_and_outputs_match_an_element_by_element_unrolling(Shape shape, Activation activation)
    {
        var (xs, h0, p) = Setup(shape);

        var trace = ElmanNetwork.Forward(xs, h0, p, activation);

        var (hidden, outputs) = ElementByElement.Elman(xs, h0, p, activation);
        Matrices.ShouldBeClose(trace.Hidden, hidden, "H(t) = f(X(t)·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ)");
        Matrices.ShouldBeClose(trace.Outputs, outputs, "O(t) = H(t)·Vᵀ + 1·cᵀ");
    }

    [Test]
    public void Many_to_many_gives_one_output_per_step()
    {
        var (xs, h0, p) = Setup(Lab);

        var trace = ElmanNetwork.Forward(xs, h0, p, Activation.Tanh, SequenceMode.ManyToMany);

        trace.Outputs.Should().HaveCount(Lab.Steps);
        trace.Hidden.Should().HaveCount(Lab.Steps);
        trace.Outputs.Should().OnlyContain(o => o.RowCount == Lab.Batch && o.ColumnCount == Lab.Outputs);
    }

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    public void Many_to_one_gives_only_the_output_of_the_last_step(Activation activation)
    {
        var (xs, h0, p) = Setup(Lab);

        var trace = ElmanNetwork.Forward(xs, h0, p, activation, SequenceMode.ManyToOne);

        trace.Mode.Should().Be(SequenceMode.ManyToOne);
        trace.Hidden.Should().HaveCount(Lab.Steps, "every step still updates the hidden state");
        trace.Outputs.Should().HaveCount(1);
        Matrices.ShouldBeClose(trace.Outputs[0], ElementByElement.Elman(xs, h0, p, activation).Outputs[^1], "the one output is O(T−1)");
    }

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    [TestCase(Activation.Identity)]
    public void With_zero_weights_every_output_is_the_output_bias(Activation activation)
    {
        var b = Data.Vector(0.3, -1.2, 0.8, 2.0);
        var c = Data.Vector(-0.7, 0.25, 1.5);
        var (xs, h0, _) = Setup(Lab);

        var trace = ElmanNetwork.Forward(xs, h0, Data.ZeroWeights(Lab.Inputs, b, c), activation);

        foreach (var o in trace.Outputs)
            for (var n = 0; n < Lab.Batch; n++)
                o.Row(n).ToArray().Should().Equal(c.ToArray(), "with U = W = V = 0, O(t) = 1·cᵀ whatever the input");
        var fb = b.Map(v => ElementByElement.Activate(activation, v));
        foreach (var h in trace.Hidden)
            for (var n = 0; n < Lab.Batch; n++)
                Matrices.ShouldBeClose(h.Row(n), fb, "with U = W = 0, H(t) = f(b) for every sequence");
    }

    [Test]
    public void The_trace_keeps_the_inputs_and_the_initial_state()
    {
        var (xs, h0, p) = Setup(Lab);

        var trace = ElmanNetwork.Forward(xs, h0, p, Activation.Relu);

        trace.Inputs.Should().HaveCount(Lab.Steps);
        for (var t = 0; t < Lab.Steps; t++)
            trace.Inputs[t].Equals(xs[t]).Should().BeTrue($"the backward pass needs X({t})");
        trace.H0.Equals(h0).Should().BeTrue("the backward pass needs H(−1) = h0");
        trace.Activation.Should().Be(Activation.Relu);
    }

    [Test]
    public void A_sequence_of_one_step_is_one_step()
    {
        var (xs, h0, p) = Setup(Lab);

        var trace = ElmanNetwork.Forward(xs.Take(1).ToArray(), h0, p, Activation.Tanh);

        Matrices.ShouldBeClose(trace.Hidden[0], ElmanNetwork.Step(xs[0], h0, p.Layer, Activation.Tanh), "T = 1 is Step from h0");
    }

    [Test]
    public void An_output_does_not_depend_on_later_inputs()
    {
        var (xs, h0, p) = Setup(Lab);
        var changed = Data.Copy(xs);
        changed[3] = changed[3] * -2;

        var original = ElmanNetwork.Forward(xs, h0, p, Activation.Tanh);
        var other = ElmanNetwork.Forward(changed, h0, p, Activation.Tanh);

        for (var t = 0; t < 3; t++)
            other.Outputs[t].Equals(original.Outputs[t]).Should().BeTrue($"O({t}) comes before X(3)");
        other.Outputs[3].Equals(original.Outputs[3]).Should().BeFalse("O(3) reads X(3)");
        other.Outputs[4].Equals(original.Outputs[4]).Should().BeFalse("O(4) remembers X(3) through H(3)");
    }

    [Test]
    public void The_initial_state_reaches_the_last_output()
    {
        var (xs, h0, p) = Setup(Lab);

        var original = ElmanNetwork.Forward(xs, h0, p, Activation.Tanh, SequenceMode.ManyToOne);
        var other = ElmanNetwork.Forward(xs, h0 * 0, p, Activation.Tanh, SequenceMode.ManyToOne);

        (other.Outputs[0] - original.Outputs[0]).FrobeniusNorm().Should().BeGreaterThan(1e-6,
            "h0 feeds the first step, and every step feeds the next");
    }

    [Test]
    public void Sequences_in_a_batch_do_not_mix()
    {
        var (xs, h0, p) = Setup(Lab);
        var changed = Data.Copy(xs);
        for (var t = 0; t < Lab.Steps; t++)
            changed[t][1, 0] += 1.0;

        var original = ElmanNetwork.Forward(xs, h0, p, Activation.Tanh);
        var other = ElmanNetwork.Forward(changed, h0, p, Activation.Tanh);

        for (var t = 0; t < Lab.Steps; t++)
        {
            other.Outputs[t].Row(0).Equals(original.Outputs[t].Row(0)).Should().BeTrue($"sequence 0 did not change (step {t})");
            other.Outputs[t].Row(2).Equals(original.Outputs[t].Row(2)).Should().BeTrue($"sequence 2 did not change (step {t})");
            other.Outputs[t].Row(1).Equals(original.Outputs[t].Row(1)).Should().BeFalse($"sequence 1 did change (step {t})");
        }
    }
}
