using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

[TestFixture]
[KataTask(10)]
public class GruCellBackwardTests
{
    private const ResetPlacement After = ResetPlacement.AfterHiddenProduct;
    private const ResetPlacement Before = ResetPlacement.BeforeHiddenProduct;

    // L = ⟨A, h'⟩ with seeded A, so ∂L/∂h' = A.
    private sealed record Case(GruParameters P, ResetPlacement Placement, Matrix<double> X, Matrix<double> H, Matrix<double> DHNext)
    {
        public static Case Seeded(ResetPlacement placement, int batch, int input, int hidden) => new(
            Parameters.Gru(input, hidden), placement,
            SeededInputs.Normal(batch, input, 91), SeededInputs.Normal(batch, hidden, 92, 0.5), SeededInputs.Normal(batch, hidden, 93));

        public double Loss() => Reductions.Dot(DHNext, new GruCell(P, Placement).Forward(X, H).HNext);

        public GruStepGradients Backward()
        {
            var cell = new GruCell(P, Placement);
            return cell.Backward(DHNext, cell.Forward(X, H));
        }
    }

    [TestCase(After, 1, 3, 4)] // a batch of one, hidden ≠ input
    [TestCase(After, 3, 2, 5)]
    [TestCase(After, 2, 4, 2)]
    [TestCase(Before, 1, 3, 4)]
    [TestCase(Before, 3, 2, 5)]
    [TestCase(Before, 2, 4, 2)]
    public void Parameter_gradients_match_finite_differences(ResetPlacement placement, int batch, int input, int hidden)
    {
        var @case = Case.Seeded(placement, batch, input, hidden);

        GradientCheck.ParametersShouldMatch(@case.Backward().Parameters, @case.Loss, @case.P, $"GRU step, reset {placement}");
    }

    [TestCase(After, 1, 3, 4)]
    [TestCase(After, 3, 2, 5)]
    [TestCase(Before, 1, 3, 4)]
    [TestCase(Before, 3, 2, 5)]
    public void Input_and_state_gradients_match_finite_differences(ResetPlacement placement, int batch, int input, int hidden)
    {
        var @case = Case.Seeded(placement, batch, input, hidden);

        var gradients = @case.Backward();

        GradientCheck.ShouldMatch(gradients.DX, @case.Loss, @case.X, $"DX, reset {placement}");
        GradientCheck.ShouldMatch(gradients.DH, @case.Loss, @case.H, $"DH, reset {placement}");
    }

    [TestCase(After)]
    [TestCase(Before)]
    public void With_an_update_gate_of_one_the_state_gradient_passes_unchanged(ResetPlacement placement)
    {
        var p = Parameters.ShiftGate(Parameters.Gru(3, 4), 1, Parameters.Saturating);
        var cell = new GruCell(p, placement);
        var dHNext = SeededInputs.Normal(2, 4, 4);

        var gradients = cell.Backward(dHNext, cell.Forward(SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2)));

        Matrices.ShouldBeClose(gradients.DH, dHNext, "z = 1: h' = h, so ∂L/∂h = ∂L/∂h'");
    }

    [Test]
    public void Before_the_product_both_n_biases_get_the_same_gradient()
    {
        var gradients = Case.Seeded(Before, 3, 2, 4).Backward().Parameters;

        Matrices.ShouldBeClose(Parameters.Block(gradients.DBiasHh, 2, 4), Parameters.Block(gradients.DBiasIh, 2, 4),
            "before the product, b_in and b_hn are both added to n's pre-activation");
        Matrices.ShouldBeClose(gradients.DBiasHh.SubVector(0, 8), gradients.DBiasIh.SubVector(0, 8), "r and z: both biases add to the same pre-activation");
    }

    [Test]
    public void After_the_product_the_n_bias_of_the_hidden_side_is_scaled_by_the_reset_gate()
    {
        var @case = Case.Seeded(After, 3, 2, 4);
        var step = new GruCell(@case.P, After).Forward(@case.X, @case.H);

        var gradients = new GruCell(@case.P, After).Backward(@case.DHNext, step).Parameters;

        // ∂L/∂b_hn = Σₙ ∂L/∂a_n ⊙ r and ∂L/∂b_in = Σₙ ∂L/∂a_n, where ∂L/∂a_n = dh'⊙(1 − z)⊙(1 − n²).
        var dAn = @case.DHNext.PointwiseMultiply(1 - step.Z).PointwiseMultiply(1 - step.N.PointwiseMultiply(step.N));
        Matrices.ShouldBeClose(Parameters.Block(gradients.DBiasIh, 2, 4), dAn.ColumnSums(), "b_in gets ∂L/∂a_n, summed over the batch");
        Matrices.ShouldBeClose(Parameters.Block(gradients.DBiasHh, 2, 4), dAn.PointwiseMultiply(step.R).ColumnSums(), "b_hn gets ∂L/∂a_n ⊙ r");
    }
}
