using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03.Tests;

[TestFixture]
[KataTask(4)]
public class LstmCellBackwardTests
{
    // L = ⟨A, h'⟩ + ⟨B, c'⟩ with seeded A and B, so ∂L/∂h' = A and ∂L/∂c' = B.
    private sealed record Case(LstmParameters P, Matrix<double> X, Matrix<double> H, Matrix<double> C, Matrix<double> DHNext, Matrix<double> DCNext)
    {
        public static Case Seeded(int batch, int input, int hidden) => new(
            Parameters.Lstm(input, hidden),
            SeededInputs.Normal(batch, input, 21), SeededInputs.Normal(batch, hidden, 22, 0.5), SeededInputs.Normal(batch, hidden, 23),
            SeededInputs.Normal(batch, hidden, 24), SeededInputs.Normal(batch, hidden, 25));

        public double Loss()
        {
            var step = new LstmCell(P).Forward(X, H, C);
            return Reductions.Dot(DHNext, step.HNext) + Reductions.Dot(DCNext, step.CNext);
        }

        public LstmStepGradients Backward()
        {
            var cell = new LstmCell(P);
            return cell.Backward(DHNext, DCNext, cell.Forward(X, H, C));
        }
    }

    [TestCase(1, 3, 4)] // a batch of one, hidden ≠ input
    [TestCase(3, 2, 5)]
    [TestCase(2, 4, 2)]
    public void Parameter_gradients_match_finite_differences(int batch, int input, int hidden)
    {
        var @case = Case.Seeded(batch, input, hidden);

        GradientCheck.ParametersShouldMatch(@case.Backward().Parameters, @case.Loss, @case.P, "LSTM step");
    }

    [TestCase(1, 3, 4)]
    [TestCase(3, 2, 5)]
    [TestCase(2, 4, 2)]
    public void Input_and_state_gradients_match_finite_differences(int batch, int input, int hidden)
    {
        var @case = Case.Seeded(batch, input, hidden);

        var gradients = @case.Backward();

        GradientCheck.ShouldMatch(gradients.DX, @case.Loss, @case.X, "DX");
        GradientCheck.ShouldMatch(gradients.DH, @case.Loss, @case.H, "DH");
        GradientCheck.ShouldMatch(gradients.DC, @case.Loss, @case.C, "DC");
    }

    [Test]
    public void Through_a_saturated_forget_gate_the_cell_gradient_passes_unchanged()
    {
        // f = 1 exactly, and nothing reaches h': then ∂L/∂c = ∂L/∂c'. This is the LSTM's gradient highway.
        var p = Parameters.ShiftGate(Parameters.Lstm(3, 4), 1, Parameters.Saturating);
        var cell = new LstmCell(p);
        var step = cell.Forward(SeededInputs.Normal(2, 3, 1), SeededInputs.Normal(2, 4, 2), SeededInputs.Normal(2, 4, 3));
        var dCNext = SeededInputs.Normal(2, 4, 4);

        var gradients = cell.Backward(SeededInputs.Zeros(2, 4), dCNext, step);

        Matrices.ShouldBeClose(gradients.DC, dCNext, "DC = dc'⊙f with f = 1");
    }

    [Test]
    public void Both_biases_get_the_same_gradient()
    {
        var @case = Case.Seeded(3, 2, 4);

        var gradients = @case.Backward().Parameters;

        Matrices.ShouldBeClose(gradients.DBiasHh, gradients.DBiasIh, "b_ih and b_hh are added to the same pre-activations");
    }
}
