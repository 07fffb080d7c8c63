using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03.Tests;

[TestFixture]
public class LstmLayerTests
{
    // A sequence of T steps and L = Σₜ ⟨Wₜ, h(t)⟩ with seeded Wₜ, so dOutputs[t] = Wₜ.
    private sealed record Case(LstmParameters P, Matrix<double>[] Xs, Matrix<double> H0, Matrix<double> C0, Matrix<double>[] DOutputs)
    {
        public static Case Seeded(int steps, int batch, int input, int hidden) => new(
            Parameters.Lstm(input, hidden),
            SeededInputs.Sequence(steps, batch, input, 31),
            SeededInputs.Normal(batch, hidden, 32, 0.5), SeededInputs.Normal(batch, hidden, 33),
            SeededInputs.Sequence(steps, batch, hidden, 34));

        public double Loss() => Reductions.Dot(DOutputs, new LstmLayer(P).Forward(Xs, H0, C0).Hidden);

        public LstmSequenceGradients Backward()
        {
            var layer = new LstmLayer(P);
            return layer.Backward(DOutputs, layer.Forward(Xs, H0, C0));
        }
    }

    [TestCase(4, 1, 3, 4)] // batch of one, hidden ≠ input
    [TestCase(3, 3, 2, 5)]
    [TestCase(5, 2, 4, 2)]
    [KataTask(5)]
    public void Forward_matches_a_unit_by_unit_computation(int steps, int batch, int input, int hidden)
    {
        var @case = Case.Seeded(steps, batch, input, hidden);

        var sequence = new LstmLayer(@case.P).Forward(@case.Xs, @case.H0, @case.C0);

        var expected = UnitByUnit.Lstm(@case.P, @case.Xs, @case.H0, @case.C0);
        Matrices.ShouldBeClose(sequence.Hidden, expected.Hidden, "h(t) of the layer");
        Matrices.ShouldBeClose(sequence.Cells, expected.Cells, "c(t) of the layer");
    }

    [Test]
    [KataTask(5)]
    public void Forward_feeds_each_steps_states_to_the_next_step()
    {
        var @case = Case.Seeded(3, 2, 3, 4);

        var sequence = new LstmLayer(@case.P).Forward(@case.Xs, @case.H0, @case.C0);

        sequence.Steps.Should().HaveCount(3, "one cached step per input");
        Matrices.ShouldBeClose(sequence.Steps[0].H, @case.H0, "step 0 starts from h0");
        Matrices.ShouldBeClose(sequence.Steps[0].C, @case.C0, "step 0 starts from c0");
        for (var t = 1; t < 3; t++)
        {
            Matrices.ShouldBeClose(sequence.Steps[t].H, sequence.Steps[t - 1].HNext, $"step {t} starts from h({t - 1})");
            Matrices.ShouldBeClose(sequence.Steps[t].C, sequence.Steps[t - 1].CNext, $"step {t} starts from c({t - 1})");
            Matrices.ShouldBeClose(sequence.Steps[t].X, @case.Xs[t], $"step {t} reads xs[{t}]");
        }
    }

    [Test]
    [KataTask(5)]
    public void A_hidden_state_does_not_depend_on_later_inputs()
    {
        var @case = Case.Seeded(4, 2, 3, 4);
        var changed = @case.Xs.ToArray();
        changed[3] = changed[3] + 1.0;

        var original = new LstmLayer(@case.P).Forward(@case.Xs, @case.H0, @case.C0).Hidden;
        var after = new LstmLayer(@case.P).Forward(changed, @case.H0, @case.C0).Hidden;

        for (var t = 0; t < 3; t++)
            after[t].Equals(original[t]).Should().BeTrue($"h({t}) cannot see x(3)");
        after[3].Equals(original[3]).Should().BeFalse("h(3) reads x(3)");
    }

    [Test]
    [KataTask(5)]
    public void With_saturated_forget_and_closed_input_gates_the_cell_state_survives_every_step()
    {
        var p = Parameters.ShiftGate(Parameters.ShiftGate(Parameters.Lstm(3, 4), 1, Parameters.Saturating), 0, -Parameters.Saturating);
        var c0 = SeededInputs.Normal(2, 4, 3, 2.0);

        var sequence = new LstmLayer(p).Forward(SeededInputs.Sequence(6, 2, 3, 1), SeededInputs.Normal(2, 4, 2), c0);

        Matrices.ShouldBeClose(sequence.Cells[^1], c0, "f = 1, i = 0 at every step: c(5) = c0");
    }

    [TestCase(4, 1, 3, 4)]
    [TestCase(3, 3, 2, 5)]
    [TestCase(5, 2, 4, 2)]
    [KataTask(6)]
    public void Backward_parameter_gradients_match_finite_differences(int steps, int batch, int input, int hidden)
    {
        var @case = Case.Seeded(steps, batch, input, hidden);

        GradientCheck.ParametersShouldMatch(@case.Backward().Parameters, @case.Loss, @case.P, "LSTM layer");
    }

    [TestCase(4, 1, 3, 4)]
    [TestCase(3, 3, 2, 5)]
    [KataTask(6)]
    public void Backward_input_and_initial_state_gradients_match_finite_differences(int steps, int batch, int input, int hidden)
    {
        var @case = Case.Seeded(steps, batch, input, hidden);

        var gradients = @case.Backward();

        GradientCheck.SequenceShouldMatch(gradients.DX, @case.Loss, @case.Xs, "DX");
        GradientCheck.ShouldMatch(gradients.DH0, @case.Loss, @case.H0, "DH0");
        GradientCheck.ShouldMatch(gradients.DC0, @case.Loss, @case.C0, "DC0");
    }

    [Test]
    [KataTask(6)]
    public void Backward_gives_the_total_gradient_of_every_hidden_state()
    {
        var @case = Case.Seeded(4, 2, 3, 4);
        var sequence = new LstmLayer(@case.P).Forward(@case.Xs, @case.H0, @case.C0);

        var gradients = new LstmLayer(@case.P).Backward(@case.DOutputs, sequence);

        gradients.DHidden.Should().HaveCount(4);
        for (var t = 0; t < 4; t++)
        {
            // Nudge h(t) alone, keep c(t), and run the rest of the sequence: the loss's slope is ∂L/∂h(t).
            var (h, c) = (sequence.Hidden[t].Clone(), sequence.Cells[t]);
            double Tail()
            {
                var rest = UnitByUnit.Lstm(@case.P, @case.Xs[(t + 1)..], h, c).Hidden;
                return Reductions.Dot(@case.DOutputs[t], h) + Reductions.Dot(@case.DOutputs[(t + 1)..], rest);
            }
            GradientCheck.ShouldMatch(gradients.DHidden[t], Tail, h, $"DHidden[{t}]");
        }
        Matrices.ShouldBeClose(gradients.DHidden[3], @case.DOutputs[3], "nothing comes back from after the last step");
    }
}
