using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

/// <summary>
/// The lecture's backward loop computes the gradient to the previous state as <c>d_h = self.Whh @ temp</c>,
/// which is missing a transpose (<c>Whh.T @ temp</c> in its column layout, <c>δA·W</c> in the kata's rows).
/// The two agree only for a symmetric <c>W</c>, so these checks use a strictly lower-triangular one (unit j
/// reads only units k &lt; j, and <c>W</c> and <c>Wᵀ</c> share no non-zero entry) and compare with central
/// differences of the tests' own forward pass.
/// </summary>
[TestFixture]
public class NonSymmetricRecurrenceTests
{
    private const string Section = "one-step-backward";

    private const string MissingTranspose =
        "W is not symmetric here, so the gradient to the previous state must be δA·W: δA·Wᵀ is the row form of the lecture's " +
        "d_h = self.Whh @ temp, which is missing the transpose (Whh.T @ temp in its column layout)";

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivations))]
    [KataTask(3)]
    public void Step_backward_sends_the_previous_state_gradient_through_a_non_symmetric_W(Shape shape, Activation activation)
    {
        var p = WithLowerTriangularW(ElmanParameters.Seeded(shape.Inputs, shape.Hidden, shape.Outputs, shape.Seed));
        var x = Data.Sequence(1, shape.Batch, shape.Inputs, shape.Seed + 1)[0];
        var hPrevious = Data.State(shape.Batch, shape.Hidden, shape.Seed + 2);
        // J = Σ R ⊙ H(t) with fixed random R, so ∂J/∂H(t) = R.
        var r = Data.State(shape.Batch, shape.Hidden, shape.Seed + 3);
        double Loss() => ElementByElement.Elman([x], hPrevious, p, activation).Hidden[0].PointwiseMultiply(r).Enumerate().Sum();
        var h = ElementByElement.Elman([x], hPrevious, p, activation).Hidden[0];

        var g = ElmanNetwork.StepBackward(r, x, hPrevious, h, p.Layer, activation);

        GradientCheck.ShouldMatch(g.DHPrevious, Loss, hPrevious, "DHPrevious", Section, MissingTranspose);
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivations))]
    [KataTask(7)]
    public void Backward_through_time_sends_the_gradient_through_a_non_symmetric_W(Shape shape, Activation activation)
    {
        var p = WithLowerTriangularW(ElmanParameters.Seeded(shape.Inputs, shape.Hidden, shape.Outputs, shape.Seed));
        var xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        var h0 = Data.State(shape.Batch, shape.Hidden, shape.Seed + 2);
        var targets = TestLoss.SquaredError.Targets(shape.Steps, shape.Batch, shape.Outputs, shape.Seed + 3);
        double Loss() => TestLoss.SquaredError.Value(ElementByElement.Elman(xs, h0, p, activation).Outputs, targets);
        var trace = ElmanNetwork.Forward(xs, h0, p, activation, SequenceMode.ManyToMany);

        var g = ElmanNetwork.Backward(trace, TestLoss.SquaredError.Gradient(trace.Outputs, targets), p);

        // A transposed recurrence corrupts δH(t) at every step but the last, hence every gradient that sums over them.
        using var scope = new FluentAssertions.Execution.AssertionScope();
        GradientCheck.ShouldMatch(g.DH0, Loss, h0, "DH0", Section, MissingTranspose);
        GradientCheck.ShouldMatch(g.Parameters.W, Loss, p.W, "DW", Section, MissingTranspose);
        GradientCheck.ShouldMatch(g.Parameters.U, Loss, p.U, "DU", Section, MissingTranspose);
    }

    /// <summary>The same parameters with every W[j, k] for k ≥ j set to 0: unit j reads only units before it.</summary>
    private static ElmanParameters WithLowerTriangularW(ElmanParameters p)
    {
        var w = Matrix<double>.Build.Dense(p.Hidden, p.Hidden, (j, k) => k < j ? p.W[j, k] : 0);
        return new ElmanParameters(p.U, w, p.B, p.V, p.C);
    }
}
