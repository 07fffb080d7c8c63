using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(14)]
public class StackedForwardTests
{
    public static IEnumerable<TestCaseData> ShapesAndActivations() =>
        from shape in StackShape.All
        from activation in Cases.ActivationList
        select new TestCaseData(shape, activation).SetArgDisplayNames(shape.ToString(), activation.ToString());

    [TestCaseSource(nameof(ShapesAndActivations))]
    public void States_and_outputs_match_an_element_by_element_unrolling(StackShape shape, Activation activation)
    {
        var problem = new StackedProblem(shape, activation, TestLoss.SquaredError, SequenceMode.ManyToMany);

        var trace = problem.Forward();

        var (hidden, outputs) = ElementByElement.Stacked(problem.Xs, problem.H0, problem.Parameters, activation);
        trace.Hidden.Should().HaveCount(shape.Hidden.Length, "one list of states per layer");
        for (var l = 0; l < shape.Hidden.Length; l++)
            Matrices.ShouldBeClose(trace.Hidden[l], hidden[l], $"layer {l}: H_l(t) = f(H_(l−1)(t)·U_lᵀ + H_l(t−1)·W_lᵀ + 1·b_lᵀ)");
        Matrices.ShouldBeClose(trace.Outputs, outputs, "O(t) = H_top(t)·Vᵀ + 1·cᵀ");
    }

    [Test]
    public void A_stack_of_one_layer_is_the_Elman_network()
    {
        var elman = ElmanParameters.Seeded(2, 4, 3);
        var stack = new StackedParameters([elman.Layer], elman.V, elman.C);
        var xs = Data.Sequence(4, 3, 2, seed: 12);
        var h0 = Data.State(3, 4, seed: 13);

        var trace = StackedElman.Forward(xs, [h0], stack, Activation.Tanh);

        Matrices.ShouldBeClose(trace.Outputs, ElementByElement.Elman(xs, h0, elman, Activation.Tanh).Outputs, "one layer and an output layer");
    }

    [Test]
    public void Many_to_one_gives_only_the_output_of_the_last_step()
    {
        var problem = new StackedProblem(StackShape.All[0], Activation.Tanh, TestLoss.SquaredError, SequenceMode.ManyToOne);

        var trace = problem.Forward();

        trace.Outputs.Should().HaveCount(1);
        Matrices.ShouldBeClose(trace.Outputs[0], ElementByElement.Stacked(problem.Xs, problem.H0, problem.Parameters, Activation.Tanh).Outputs[^1],
            "the one output is O(T−1)");
    }

    [Test]
    public void A_lower_layer_does_not_depend_on_the_layers_above()
    {
        var problem = new StackedProblem(StackShape.All[2], Activation.Tanh, TestLoss.SquaredError, SequenceMode.ManyToMany);
        var p = problem.Parameters;
        var top = p.Layers[2];
        var changedTop = new StackedParameters([p.Layers[0], p.Layers[1], new LayerParameters(top.U * 2, top.W, top.B)], p.V, p.C);

        var original = problem.Forward();
        var changed = StackedElman.Forward(problem.Xs, problem.H0, changedTop, Activation.Tanh);

        for (var t = 0; t < problem.Xs.Length; t++)
        {
            changed.Hidden[0][t].Equals(original.Hidden[0][t]).Should().BeTrue($"layer 0 never reads layer 2 (step {t})");
            changed.Hidden[1][t].Equals(original.Hidden[1][t]).Should().BeTrue($"layer 1 never reads layer 2 (step {t})");
        }
        changed.Hidden[2][0].Equals(original.Hidden[2][0]).Should().BeFalse("layer 2 did change");
    }
}
