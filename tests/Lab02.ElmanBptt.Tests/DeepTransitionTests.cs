using MathNet.Numerics.LinearAlgebra;
using RnnKata.Catalogue;

namespace RnnKata.Lab02.Tests;

/// <summary>Optional extension A: reported by the grader, not counted toward the lab's points.</summary>
[TestFixture]
[Category(GradingContract.ExtensionCategory)]
public class DeepTransitionTests
{
    private const string Section = "extension-a-deep-transition";

    // The inner layer gets one unit more than the hidden state, so that a swapped shape cannot pass.
    private static DeepTransitionParameters Parameters(Shape s) => DeepTransitionParameters.Seeded(s.Inputs, s.Hidden + 1, s.Hidden, s.Outputs, s.Seed);

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivations))]
    public void Outputs_match_an_element_by_element_unrolling(Shape shape, Activation activation)
    {
        var p = Parameters(shape);
        var xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        var h0 = Data.State(shape.Batch, shape.Hidden, shape.Seed + 2);

        var trace = DeepTransitionNetwork.Forward(xs, h0, p, activation);

        trace.Inner.Should().HaveCount(shape.Steps);
        trace.Inner[0].ColumnCount.Should().Be(shape.Hidden + 1, "Z(t) is batch × inner");
        Matrices.ShouldBeClose(trace.Outputs, ElementByElement.DeepTransition(xs, h0, p, activation),
            "Z = f(X·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ), H = f(Z·U2ᵀ + 1·b2ᵀ), O = H·Vᵀ + 1·cᵀ");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivationsLosses))]
    public void Gradients_match_central_differences(Shape shape, Activation activation, TestLoss loss)
    {
        var p = Parameters(shape);
        var xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        var h0 = Data.State(shape.Batch, shape.Hidden, shape.Seed + 2);
        var targets = loss.Targets(shape.Steps, shape.Batch, shape.Outputs, shape.Seed + 3);
        var trace = DeepTransitionNetwork.Forward(xs, h0, p, activation);

        var g = DeepTransitionNetwork.Backward(trace, loss.Gradient(trace.Outputs, targets), p);

        double J() => loss.Value(ElementByElement.DeepTransition(xs, h0, p, activation), targets);
        using var scope = new FluentAssertions.Execution.AssertionScope();
        GradientCheck.ShouldMatch(g.Parameters.U, J, p.U, "DU", Section);
        GradientCheck.ShouldMatch(g.Parameters.W, J, p.W, "DW", Section);
        GradientCheck.ShouldMatch(g.Parameters.B, J, p.B, "DB", Section);
        GradientCheck.ShouldMatch(g.Parameters.U2, J, p.U2, "DU2", Section);
        GradientCheck.ShouldMatch(g.Parameters.B2, J, p.B2, "DB2", Section);
        GradientCheck.ShouldMatch(g.Parameters.V, J, p.V, "DV", Section);
        GradientCheck.ShouldMatch(g.Parameters.C, J, p.C, "DC", Section);
        GradientCheck.ShouldMatch(g.DH0, J, h0, "DH0", Section);
    }

    [Test]
    public void With_an_identity_second_layer_it_is_an_Elman_network()
    {
        // U2 = I, b2 = 0 and the identity activation: H(t) = Z(t), and Z(t) is an Elman step.
        var elman = ElmanParameters.Seeded(2, 3, 2);
        var p = new DeepTransitionParameters(elman.U, elman.W, elman.B, Matrix<double>.Build.DenseIdentity(3),
            Vector<double>.Build.Dense(3), elman.V, elman.C);
        var xs = Data.Sequence(4, 2, 2, seed: 3);
        var h0 = Data.State(2, 3, seed: 4);

        var trace = DeepTransitionNetwork.Forward(xs, h0, p, Activation.Identity);

        Matrices.ShouldBeClose(trace.Outputs, ElementByElement.Elman(xs, h0, elman, Activation.Identity).Outputs, "an identity transition layer adds nothing");
    }
}
