namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(15)]
public class StackedBackwardTests
{
    private const string Section = "task-15-stacked-layers-backward";

    public static IEnumerable<TestCaseData> GradientCases() =>
        from shape in StackShape.All
        from activation in Cases.ActivationList
        from loss in new[] { TestLoss.SquaredError, TestLoss.CrossEntropy }
        from mode in new[] { SequenceMode.ManyToMany, SequenceMode.ManyToOne }
        select new TestCaseData(shape, activation, loss, mode).SetArgDisplayNames(shape.ToString(), activation.ToString(), loss.ToString(), mode.ToString());

    [TestCaseSource(nameof(GradientCases))]
    public void Gradients_match_central_differences(StackShape shape, Activation activation, TestLoss loss, SequenceMode mode)
    {
        var problem = new StackedProblem(shape, activation, loss, mode);
        var trace = problem.Forward();

        var g = StackedElman.Backward(trace, problem.DOutputs(trace), problem.Parameters);

        using var scope = new FluentAssertions.Execution.AssertionScope();
        g.Parameters.Layers.Should().HaveCount(shape.Hidden.Length);
        g.DH0.Should().HaveCount(shape.Hidden.Length);
        for (var l = 0; l < shape.Hidden.Length; l++)
        {
            var layer = problem.Parameters.Layers[l];
            GradientCheck.ShouldMatch(g.Parameters.Layers[l].U, problem.Loss, layer.U, $"layer {l}'s DU", Section);
            GradientCheck.ShouldMatch(g.Parameters.Layers[l].W, problem.Loss, layer.W, $"layer {l}'s DW", Section);
            GradientCheck.ShouldMatch(g.Parameters.Layers[l].B, problem.Loss, layer.B, $"layer {l}'s DB", Section);
            GradientCheck.ShouldMatch(g.DH0[l], problem.Loss, problem.H0[l], $"layer {l}'s DH0", Section);
        }
        GradientCheck.ShouldMatch(g.Parameters.V, problem.Loss, problem.Parameters.V, "DV", Section);
        GradientCheck.ShouldMatch(g.Parameters.C, problem.Loss, problem.Parameters.C, "DC", Section);
    }

    [Test]
    public void A_stack_of_one_layer_has_the_Elman_gradients()
    {
        var problem = new ElmanProblem(Cases.Shapes[0], Activation.Tanh, TestLoss.SquaredError, SequenceMode.ManyToMany);
        var p = problem.Parameters;
        var stack = new StackedParameters([p.Layer], p.V, p.C);
        var trace = StackedElman.Forward(problem.Xs, [problem.H0], stack, Activation.Tanh);

        var g = StackedElman.Backward(trace, problem.DOutputs(problem.Forward()), stack);

        var elman = ElmanNetwork.Backward(problem.Forward(), problem.DOutputs(problem.Forward()), p);
        Matrices.ShouldBeClose(g.Parameters.Layers[0].U, elman.Parameters.U, "DU");
        Matrices.ShouldBeClose(g.Parameters.Layers[0].W, elman.Parameters.W, "DW");
        Matrices.ShouldBeClose(g.Parameters.V, elman.Parameters.V, "DV");
        Matrices.ShouldBeClose(g.DH0[0], elman.DH0, "DH0");
    }
}
