using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(13)]
public class JordanBackwardTests
{
    private const string Section = "task-13-the-jordan-network-backward";

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivationsLosses))]
    public void Gradients_match_central_differences(Shape shape, Activation activation, TestLoss loss)
    {
        var p = JordanParameters.Seeded(shape.Inputs, shape.Hidden, shape.Outputs, shape.Seed);
        var xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        var o0 = Data.State(shape.Batch, shape.Outputs, shape.Seed + 2);
        var targets = loss.Targets(shape.Steps, shape.Batch, shape.Outputs, shape.Seed + 3);
        var trace = JordanNetwork.Forward(xs, o0, p, activation);

        var g = JordanNetwork.Backward(trace, loss.Gradient(trace.Outputs, targets), p);

        double J() => loss.Value(ElementByElement.Jordan(xs, o0, p, activation), targets);
        ShouldMatch(g, J, p, o0);
    }

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    public void A_loss_on_the_last_output_alone_reaches_the_initial_output(Activation activation)
    {
        var shape = Cases.Shapes[0];
        var p = JordanParameters.Seeded(shape.Inputs, shape.Hidden, shape.Outputs, shape.Seed);
        var xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        var o0 = Data.State(shape.Batch, shape.Outputs, shape.Seed + 2);
        var target = Data.Sequence(1, shape.Batch, shape.Outputs, shape.Seed + 3);
        var trace = JordanNetwork.Forward(xs, o0, p, activation);
        var last = TestLoss.SquaredError.Gradient([trace.Outputs[^1]], target)[0];
        var dOutputs = Enumerable.Range(0, shape.Steps).Select(t => t == shape.Steps - 1 ? last : Matrix<double>.Build.Dense(shape.Batch, shape.Outputs)).ToArray();

        var g = JordanNetwork.Backward(trace, dOutputs, p);

        g.DH0.FrobeniusNorm().Should().BeGreaterThan(0, "o0 feeds O(0), which feeds every later output");
        double J() => ElementByElement.SquaredError([ElementByElement.Jordan(xs, o0, p, activation)[^1]], target);
        ShouldMatch(g, J, p, o0);
    }

    private static void ShouldMatch(Gradients<JordanParameters> g, Func<double> loss, JordanParameters p, Matrix<double> o0)
    {
        using var scope = new FluentAssertions.Execution.AssertionScope();
        GradientCheck.ShouldMatch(g.Parameters.U, loss, p.U, "DU", Section);
        GradientCheck.ShouldMatch(g.Parameters.W, loss, p.W, "DW", Section);
        GradientCheck.ShouldMatch(g.Parameters.V, loss, p.V, "DV", Section);
        GradientCheck.ShouldMatch(g.Parameters.B, loss, p.B, "DB", Section);
        GradientCheck.ShouldMatch(g.Parameters.C, loss, p.C, "DC", Section);
        GradientCheck.ShouldMatch(g.DH0, loss, o0, "DO0", Section);
    }
}
