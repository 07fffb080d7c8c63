using MathNet.Numerics.LinearAlgebra;
using RnnKata.Catalogue;

namespace RnnKata.Lab02.Tests;

/// <summary>Optional extension B: reported by the grader, not counted toward the lab's points.</summary>
[TestFixture]
[Category(GradingContract.ExtensionCategory)]
public class DeepOutputTests
{
    private const string Section = "extension-b-deep-output";

    // The inner output layer gets one unit more than the hidden state, so that a swapped shape cannot pass.
    private static DeepOutputParameters Parameters(Shape s) => DeepOutputParameters.Seeded(s.Inputs, s.Hidden, s.Hidden + 1, s.Outputs, s.Seed);

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivations))]
    public void Outputs_match_an_element_by_element_unrolling(Shape shape, Activation activation)
    {
        var p = Parameters(shape);
        var xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        var h0 = Data.State(shape.Batch, shape.Hidden, shape.Seed + 2);

        var trace = DeepOutputNetwork.Forward(xs, h0, p, activation);

        trace.Inner.Should().HaveCount(shape.Steps);
        trace.Inner[0].ColumnCount.Should().Be(shape.Hidden + 1, "Z(t) is batch × inner");
        Matrices.ShouldBeClose(trace.Outputs, ElementByElement.DeepOutput(xs, h0, p, activation),
            "H = f(X·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ), Z = f(H·Vᵀ + 1·cᵀ), O = Z·V2ᵀ + 1·c2ᵀ");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivationsLosses))]
    public void Gradients_match_central_differences(Shape shape, Activation activation, TestLoss loss)
    {
        var p = Parameters(shape);
        var xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        var h0 = Data.State(shape.Batch, shape.Hidden, shape.Seed + 2);
        var targets = loss.Targets(shape.Steps, shape.Batch, shape.Outputs, shape.Seed + 3);
        var trace = DeepOutputNetwork.Forward(xs, h0, p, activation);

        var g = DeepOutputNetwork.Backward(trace, loss.Gradient(trace.Outputs, targets), p);

        double J() => loss.Value(ElementByElement.DeepOutput(xs, h0, p, activation), targets);
        using var scope = new FluentAssertions.Execution.AssertionScope();
        GradientCheck.ShouldMatch(g.Parameters.U, J, p.U, "DU", Section);
        GradientCheck.ShouldMatch(g.Parameters.W, J, p.W, "DW", Section);
        GradientCheck.ShouldMatch(g.Parameters.B, J, p.B, "DB", Section);
        GradientCheck.ShouldMatch(g.Parameters.V, J, p.V, "DV", Section);
        GradientCheck.ShouldMatch(g.Parameters.C, J, p.C, "DC", Section);
        GradientCheck.ShouldMatch(g.Parameters.V2, J, p.V2, "DV2", Section);
        GradientCheck.ShouldMatch(g.Parameters.C2, J, p.C2, "DC2", Section);
        GradientCheck.ShouldMatch(g.DH0, J, h0, "DH0", Section);
    }

    [Test]
    public void The_hidden_states_are_those_of_the_Elman_network()
    {
        var p = DeepOutputParameters.Seeded(2, 3, 4, 2);
        var elman = new ElmanParameters(p.U, p.W, p.B, Matrix<double>.Build.Dense(2, 3), Vector<double>.Build.Dense(2));
        var xs = Data.Sequence(4, 2, 2, seed: 3);
        var h0 = Data.State(2, 3, seed: 4);

        var trace = DeepOutputNetwork.Forward(xs, h0, p, Activation.Tanh);

        Matrices.ShouldBeClose(trace.Hidden, ElementByElement.Elman(xs, h0, elman, Activation.Tanh).Hidden, "only the way to the output is deeper");
    }
}
