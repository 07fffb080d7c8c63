using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Given.Tests;

/// <summary>
/// The plain tanh Elman layer that chapter 3's figure compares the gated cells with
/// (exercises/RnnKata.Given/ElmanBaseline.cs, over the shared RecurrentLayer): its step against the
/// equation worked out by hand, its hidden-state gradients against central differences, its checks.
/// </summary>
[TestFixture]
public class ElmanBaselineTests
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;
    private static VectorBuilder<double> V => Vector<double>.Build;

    [Test]
    public void Two_steps_follow_the_equation_with_one_bias_from_the_initial_state()
    {
        // One input, two units: W[0, 1] carries unit 1's previous state into unit 0, and the bias is added once.
        var elman = new ElmanBaseline(M.DenseOfArray(new[,] { { 0.7 }, { -0.3 } }),
                                      M.DenseOfArray(new[,] { { 0.2, 0.9 }, { -0.5, 0.1 } }), V.DenseOfArray([0.1, -0.2]));
        var h0 = M.DenseOfArray(new[,] { { 0.4, -0.6 } });

        var hidden = elman.Forward([M.Dense(1, 1, 0.5), M.Dense(1, 1, -1.5)], h0);

        var h00 = Math.Tanh(0.7 * 0.5 + 0.2 * 0.4 + 0.9 * -0.6 + 0.1);
        var h01 = Math.Tanh(-0.3 * 0.5 - 0.5 * 0.4 + 0.1 * -0.6 - 0.2);
        var h10 = Math.Tanh(0.7 * -1.5 + 0.2 * h00 + 0.9 * h01 + 0.1);
        var h11 = Math.Tanh(-0.3 * -1.5 - 0.5 * h00 + 0.1 * h01 - 0.2);
        hidden.SelectMany(h => h.Enumerate()).Should().Equal([h00, h01, h10, h11], (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm);
    }

    [TestCase(1, 3, 4, 5)]
    [TestCase(2, 2, 5, 3)]
    public void Hidden_gradients_match_finite_differences(int batch, int input, int hidden, int steps)
    {
        var elman = ElmanBaseline.Seeded(input, hidden, seed: 3);
        var xs = Enumerable.Range(0, steps).Select(t => KataRandom.Normal(batch, input, 10 + t)).ToArray();
        var h0 = KataRandom.Normal(batch, hidden, 20, 0.5);
        var dOutputs = Enumerable.Range(0, steps).Select(t => KataRandom.Normal(batch, hidden, 30 + t)).ToArray();
        double Loss(IReadOnlyList<Matrix<double>> inputs, Matrix<double> start) =>
            elman.Forward(inputs, start).Zip(dOutputs[^inputs.Count..], (h, w) => h.PointwiseMultiply(w).Enumerate().Sum()).Sum();

        var (dHidden, dH0) = elman.HiddenGradients(xs, h0, dOutputs);

        FiniteDifferences.RelativeError(dH0, FiniteDifferences.Gradient(() => Loss(xs, h0), h0), Tolerance.GradientCheckFloorPerUnitLoss)
            .Should().BeLessThanOrEqualTo(Tolerance.GradientCheck, "∂L/∂h0");
        // The total ∂L/∂h(0): its own loss term plus everything the rest of the run sends back.
        var h = elman.Forward(xs[..1], h0)[0].Clone();
        double LossFromStep0() => h.PointwiseMultiply(dOutputs[0]).Enumerate().Sum() + Loss(xs[1..], h);
        FiniteDifferences.RelativeError(dHidden[0], FiniteDifferences.Gradient(LossFromStep0, h), Tolerance.GradientCheckFloorPerUnitLoss)
            .Should().BeLessThanOrEqualTo(Tolerance.GradientCheck, "∂L/∂h(0)");
        dHidden[steps - 1].Equals(dOutputs[steps - 1]).Should().BeTrue("nothing flows back from after the last step");
    }

    [Test]
    public void Parameters_that_do_not_fit_together_are_rejected()
    {
        Action act = () => new ElmanBaseline(M.Dense(4, 3), M.Dense(4, 3), V.Dense(4));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "w").WithMessage("*4×4*");
    }

    [Test]
    public void Gradients_that_do_not_fit_the_run_are_rejected()
    {
        var elman = ElmanBaseline.Seeded(1, 3);
        var xs = new[] { M.Dense(1, 1, 0.5), M.Dense(1, 1, -0.5) };

        Action act = () => elman.HiddenGradients(xs, M.Dense(1, 3), [M.Dense(1, 3)]);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dOutputs");
    }
}
