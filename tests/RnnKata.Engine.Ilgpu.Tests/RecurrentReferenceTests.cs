using RnnKata.Engine.Ilgpu.Tests.Support;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>
/// The test's double reference is only as good as its backward pass: these tests check it against central
/// differences of its own forward pass, so the backend tests compare with something independently right.
/// </summary>
public sealed class RecurrentReferenceTests
{
    [TestCase(CellKind.ElmanTanh)]
    [TestCase(CellKind.ElmanRelu)]
    [TestCase(CellKind.ElmanLogistic)]
    [TestCase(CellKind.Gru)]
    [TestCase(CellKind.Lstm)]
    public void Reference_backward_matches_central_differences_of_its_forward(CellKind cell)
    {
        var problem = new RecurrentProblem(cell, seed: 100);
        var (wih, whh, bih, bhh) = (problem.WeightIh.ToDouble(), problem.WeightHh.ToDouble(), problem.BiasIh.ToDouble(), problem.BiasHh.ToDouble());
        var (x, h0, c0) = (problem.Inputs.ToDouble(), problem.InitialHidden.ToDouble(), problem.InitialCell.ToDouble());
        var dh = problem.OutputGradients.ToDouble();
        var dc = problem.LastCellGradient.ToDouble();
        var lstm = problem.Shape.HasCellState;

        // L = Σ dh ⊙ h_t + Σ dc ⊙ c_T: its gradient is what Backward returns for these upstream gradients.
        double Loss()
        {
            var reference = new RecurrentReference(problem.Shape, problem.Batch, problem.Steps, wih, whh, bih, bhh);
            var (hidden, cellStates) = reference.Forward(x, h0, lstm ? c0 : null);
            var loss = hidden.Select((v, i) => v * dh[i]).Sum();
            if (lstm)
                loss += dc.Select((v, i) => v * cellStates[cellStates.Length - dc.Length + i]).Sum();
            return loss;
        }

        var analytic = new RecurrentReference(problem.Shape, problem.Batch, problem.Steps, wih, whh, bih, bhh)
            .Backward(x, h0, lstm ? c0 : null, dh, lstm ? dc : null);

        Check(wih, analytic.WeightIh, "∂W_ih");
        Check(whh, analytic.WeightHh, "∂W_hh");
        Check(bih, analytic.BiasIh, "∂b_ih");
        Check(bhh, analytic.BiasHh, "∂b_hh");
        Check(x, analytic.Inputs, "∂x");
        Check(h0, analytic.InitialHidden, "∂h_0");
        if (lstm)
            Check(c0, analytic.InitialCell, "∂c_0");

        void Check(double[] variable, double[] gradient, string what)
        {
            var numeric = new double[variable.Length];
            for (int i = 0; i < variable.Length; i++)
            {
                var saved = variable[i];
                variable[i] = saved + Tolerance.ReferenceGradientCheckStep;
                var plus = Loss();
                variable[i] = saved - Tolerance.ReferenceGradientCheckStep;
                var minus = Loss();
                variable[i] = saved;
                numeric[i] = (plus - minus) / (2 * Tolerance.ReferenceGradientCheckStep);
            }
            Matrices.ShouldBeClose(gradient, numeric, what, Tolerance.ReferenceGradientCheck);
        }
    }
}
