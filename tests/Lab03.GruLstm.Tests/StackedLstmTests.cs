using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03.Tests;

[TestFixture]
public class StackedLstmTests
{
    // Layers 3 → 4 → 2 (or as given), a sequence of T steps, L = Σₜ ⟨Wₜ, top output(t)⟩.
    private sealed record Case(LstmParameters[] Layers, Matrix<double>[] Xs, Matrix<double>[] H0, Matrix<double>[] C0, Matrix<double>[] DOutputs)
    {
        public static Case Seeded(int steps, int batch, int input, params int[] hidden) => new(
            hidden.Select((h, l) => Parameters.Lstm(l == 0 ? input : hidden[l - 1], h, seed: 40 + 10 * l)).ToArray(),
            SeededInputs.Sequence(steps, batch, input, 51),
            hidden.Select((h, l) => SeededInputs.Normal(batch, h, 52 + l, 0.5)).ToArray(),
            hidden.Select((h, l) => SeededInputs.Normal(batch, h, 62 + l)).ToArray(),
            SeededInputs.Sequence(steps, batch, hidden[^1], 71));

        public double Loss() => Reductions.Dot(DOutputs, new StackedLstm(Layers).Forward(Xs, H0, C0).Outputs);

        public StackedLstmGradients Backward()
        {
            var stack = new StackedLstm(Layers);
            return stack.Backward(DOutputs, stack.Forward(Xs, H0, C0));
        }
    }

    [Test]
    [KataTask(7)]
    public void Forward_feeds_each_layers_hidden_states_to_the_layer_above()
    {
        var @case = Case.Seeded(3, 2, 3, 4, 2);

        var sequence = new StackedLstm(@case.Layers).Forward(@case.Xs, @case.H0, @case.C0);

        var bottom = UnitByUnit.Lstm(@case.Layers[0], @case.Xs, @case.H0[0], @case.C0[0]);
        var top = UnitByUnit.Lstm(@case.Layers[1], bottom.Hidden, @case.H0[1], @case.C0[1]);
        sequence.Layers.Should().HaveCount(2, "one run per layer");
        Matrices.ShouldBeClose(sequence.Layers[0].Hidden, bottom.Hidden, "layer 0 reads the input sequence");
        Matrices.ShouldBeClose(sequence.Layers[1].Hidden, top.Hidden, "layer 1 reads layer 0's hidden states");
        Matrices.ShouldBeClose(sequence.Outputs, top.Hidden, "the stack's outputs are the top layer's hidden states");
    }

    [Test]
    [KataTask(7)]
    public void A_stack_of_one_layer_is_that_layer()
    {
        var @case = Case.Seeded(3, 2, 3, 4);
        var stack = new StackedLstm(@case.Layers);
        var layer = new LstmLayer(@case.Layers[0]);

        var stacked = stack.Backward(@case.DOutputs, stack.Forward(@case.Xs, @case.H0, @case.C0));
        var single = layer.Backward(@case.DOutputs, layer.Forward(@case.Xs, @case.H0[0], @case.C0[0]));

        Matrices.ShouldBeClose(stacked.DX, single.DX, "one layer: the stack's DX is the layer's");
        Matrices.ShouldBeClose(stacked.Layers[0].Parameters.DWeightHh, single.Parameters.DWeightHh, "one layer: the same weight gradient");
    }

    [TestCase(3, 2, 3, 4, 2)] // 3 → 4 → 2
    [TestCase(2, 1, 2, 3, 3, 1)] // a batch of one, three layers 2 → 3 → 3 → 1
    [KataTask(8)]
    public void Backward_parameter_gradients_of_every_layer_match_finite_differences(int steps, int batch, int input, params int[] hidden)
    {
        var @case = Case.Seeded(steps, batch, input, hidden);

        var gradients = @case.Backward();

        gradients.Layers.Should().HaveCount(hidden.Length, "one set of gradients per layer, bottom to top");
        for (var l = 0; l < hidden.Length; l++)
            GradientCheck.ParametersShouldMatch(gradients.Layers[l].Parameters, @case.Loss, @case.Layers[l], $"layer {l}");
    }

    [TestCase(3, 2, 3, 4, 2)]
    [TestCase(2, 1, 2, 3, 3, 1)]
    [KataTask(8)]
    public void Backward_input_and_initial_state_gradients_match_finite_differences(int steps, int batch, int input, params int[] hidden)
    {
        var @case = Case.Seeded(steps, batch, input, hidden);

        var gradients = @case.Backward();

        GradientCheck.SequenceShouldMatch(gradients.DX, @case.Loss, @case.Xs, "DX of the stack's input");
        for (var l = 0; l < hidden.Length; l++)
        {
            GradientCheck.ShouldMatch(gradients.Layers[l].DH0, @case.Loss, @case.H0[l], $"DH0 of layer {l}");
            GradientCheck.ShouldMatch(gradients.Layers[l].DC0, @case.Loss, @case.C0[l], $"DC0 of layer {l}");
        }
    }

    [Test]
    [KataTask(8)]
    public void What_a_layer_sends_to_its_inputs_is_the_gradient_at_the_outputs_of_the_layer_below()
    {
        var @case = Case.Seeded(3, 2, 3, 4, 2);
        var stack = new StackedLstm(@case.Layers);
        var sequence = stack.Forward(@case.Xs, @case.H0, @case.C0);

        var gradients = stack.Backward(@case.DOutputs, sequence);

        var bottom = new LstmLayer(@case.Layers[0]).Backward(gradients.Layers[1].DX, sequence.Layers[0]);
        Matrices.ShouldBeClose(gradients.Layers[0].DX, bottom.DX, "layer 0 is backpropagated from layer 1's DX");
        Matrices.ShouldBeClose(gradients.Layers[0].DH0, bottom.DH0, "layer 0's DH0 comes from layer 1's DX");
    }
}
