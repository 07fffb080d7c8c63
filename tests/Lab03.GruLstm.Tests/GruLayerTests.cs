using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03.Tests;

[TestFixture]
public class GruLayerTests
{
    private const ResetPlacement After = ResetPlacement.AfterHiddenProduct;
    private const ResetPlacement Before = ResetPlacement.BeforeHiddenProduct;

    // A sequence of T steps and L = Σₜ ⟨Wₜ, h(t)⟩ with seeded Wₜ, so dOutputs[t] = Wₜ.
    private sealed record Case(GruParameters P, ResetPlacement Placement, Matrix<double>[] Xs, Matrix<double> H0, Matrix<double>[] DOutputs)
    {
        public static Case Seeded(ResetPlacement placement, int steps, int batch, int input, int hidden) => new(
            Parameters.Gru(input, hidden), placement,
            SeededInputs.Sequence(steps, batch, input, 101),
            SeededInputs.Normal(batch, hidden, 102, 0.5),
            SeededInputs.Sequence(steps, batch, hidden, 103));

        public double Loss() => Reductions.Dot(DOutputs, new GruLayer(P, Placement).Forward(Xs, H0).Hidden);

        public GruSequenceGradients Backward()
        {
            var layer = new GruLayer(P, Placement);
            return layer.Backward(DOutputs, layer.Forward(Xs, H0));
        }
    }

    [TestCase(After, 4, 1, 3, 4)] // a batch of one, hidden ≠ input
    [TestCase(After, 3, 3, 2, 5)]
    [TestCase(Before, 4, 1, 3, 4)]
    [TestCase(Before, 3, 3, 2, 5)]
    [KataTask(11)]
    public void Forward_matches_a_unit_by_unit_computation(ResetPlacement placement, int steps, int batch, int input, int hidden)
    {
        var @case = Case.Seeded(placement, steps, batch, input, hidden);

        var sequence = new GruLayer(@case.P, placement).Forward(@case.Xs, @case.H0);

        Matrices.ShouldBeClose(sequence.Hidden, UnitByUnit.Gru(@case.P, placement, @case.Xs, @case.H0), $"h(t), reset {placement}");
    }

    [Test]
    [KataTask(11)]
    public void Forward_feeds_each_steps_state_to_the_next_step()
    {
        var @case = Case.Seeded(Before, 3, 2, 3, 4);

        var sequence = new GruLayer(@case.P, Before).Forward(@case.Xs, @case.H0);

        sequence.Steps.Should().HaveCount(3, "one cached step per input");
        Matrices.ShouldBeClose(sequence.Steps[0].H, @case.H0, "step 0 starts from h0");
        for (var t = 1; t < 3; t++)
        {
            Matrices.ShouldBeClose(sequence.Steps[t].H, sequence.Steps[t - 1].HNext, $"step {t} starts from h({t - 1})");
            Matrices.ShouldBeClose(sequence.Steps[t].X, @case.Xs[t], $"step {t} reads xs[{t}]");
        }
    }

    [TestCase(After)]
    [TestCase(Before)]
    [KataTask(12)]
    public void With_update_gates_of_one_the_initial_state_reaches_the_end_and_every_gradient_reaches_h0(ResetPlacement placement)
    {
        var p = Parameters.ShiftGate(Parameters.Gru(3, 4), 1, Parameters.Saturating);
        var (xs, h0, dOutputs) = (SeededInputs.Sequence(5, 2, 3, 1), SeededInputs.Normal(2, 4, 2), SeededInputs.Sequence(5, 2, 4, 3));
        var layer = new GruLayer(p, placement);

        var sequence = layer.Forward(xs, h0);
        var gradients = layer.Backward(dOutputs, sequence);

        Matrices.ShouldBeClose(sequence.Hidden[^1], h0, "z = 1 at every step: h(4) = h0");
        Matrices.ShouldBeClose(gradients.DH0, Reductions.Sum(dOutputs), "z = 1: every step's gradient flows back to h0 undiminished");
    }

    [TestCase(After, 4, 1, 3, 4)]
    [TestCase(After, 3, 3, 2, 5)]
    [TestCase(Before, 4, 1, 3, 4)]
    [TestCase(Before, 3, 3, 2, 5)]
    [KataTask(12)]
    public void Backward_parameter_gradients_match_finite_differences(ResetPlacement placement, int steps, int batch, int input, int hidden)
    {
        var @case = Case.Seeded(placement, steps, batch, input, hidden);

        GradientCheck.ParametersShouldMatch(@case.Backward().Parameters, @case.Loss, @case.P, $"GRU layer, reset {placement}");
    }

    [TestCase(After, 4, 1, 3, 4)]
    [TestCase(Before, 3, 3, 2, 5)]
    [KataTask(12)]
    public void Backward_input_and_initial_state_gradients_match_finite_differences(ResetPlacement placement, int steps, int batch, int input, int hidden)
    {
        var @case = Case.Seeded(placement, steps, batch, input, hidden);

        var gradients = @case.Backward();

        GradientCheck.SequenceShouldMatch(gradients.DX, @case.Loss, @case.Xs, $"DX, reset {placement}");
        GradientCheck.ShouldMatch(gradients.DH0, @case.Loss, @case.H0, $"DH0, reset {placement}");
    }

    [TestCase(After)]
    [TestCase(Before)]
    [KataTask(12)]
    public void Backward_gives_the_total_gradient_of_every_hidden_state(ResetPlacement placement)
    {
        var @case = Case.Seeded(placement, 4, 2, 3, 4);
        var sequence = new GruLayer(@case.P, placement).Forward(@case.Xs, @case.H0);

        var gradients = new GruLayer(@case.P, placement).Backward(@case.DOutputs, sequence);

        gradients.DHidden.Should().HaveCount(4);
        for (var t = 0; t < 4; t++)
        {
            var h = sequence.Hidden[t].Clone();
            double Tail()
            {
                var rest = UnitByUnit.Gru(@case.P, placement, @case.Xs[(t + 1)..], h);
                return Reductions.Dot(@case.DOutputs[t], h) + Reductions.Dot(@case.DOutputs[(t + 1)..], rest);
            }
            GradientCheck.ShouldMatch(gradients.DHidden[t], Tail, h, $"DHidden[{t}], reset {placement}");
        }
    }
}
