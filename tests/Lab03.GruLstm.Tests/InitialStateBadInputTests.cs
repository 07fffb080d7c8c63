using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

/// <summary>
/// Initial states and caches that do not fit the layer or the stack they are given to. A layer must
/// name its own argument (h0, not the cell's h); a stack must not silently ignore an extra state or run.
/// </summary>
[TestFixture]
public class InitialStateBadInputTests
{
    // Input size 3, batch 2; the stacks are 3 → 4 → 2 (and a third layer 2 → 2 where one is needed).
    private static readonly LstmParameters Bottom = Parameters.Lstm(3, 4);
    private static readonly LstmParameters Top = Parameters.Lstm(4, 2, seed: 9);
    private static readonly LstmParameters Extra = Parameters.Lstm(2, 2, seed: 13);

    private static Matrix<double>[] Xs => SeededInputs.Sequence(3, 2, 3, 3);

    // Layer l's initial state, batch × hidden of layer l (the third for the extra 2 → 2 layer).
    private static Matrix<double> InitialState(int layer) => SeededInputs.Normal(2, layer == 0 ? 4 : 2, 20 + layer);

    [TestCase(2, 3)] // too few hidden units
    [TestCase(3, 4)] // another batch than xs
    [KataTask(5)]
    public void Lstm_layer_rejects_an_initial_hidden_state_of_the_wrong_shape(int rows, int columns)
    {
        Action act = () => new LstmLayer(Bottom).Forward(Xs, SeededInputs.Normal(rows, columns, 2), InitialState(0));

        act.ShouldRejectArgument("h0", expectedShape: "2×4");
    }

    [TestCase("h0", 3)]
    [TestCase("c0", 1)]
    [TestCase("c0", 3)]
    [KataTask(7)]
    public void Stacked_lstm_rejects_initial_states_that_are_not_one_per_layer(string argument, int count)
    {
        var stack = new StackedLstm([Bottom, Top]);
        var onePerLayer = new[] { InitialState(0), InitialState(1) };
        var wrongCount = Enumerable.Range(0, count).Select(InitialState).ToArray();
        Action act = argument == "h0"
            ? () => stack.Forward(Xs, wrongCount, onePerLayer)
            : () => stack.Forward(Xs, onePerLayer, wrongCount);

        act.ShouldRejectArgument(argument);
    }

    [TestCase(1)]
    [TestCase(3)]
    [KataTask(8)]
    public void Stacked_lstm_backward_rejects_a_sequence_from_a_stack_of_another_height(int height)
    {
        var other = new StackedLstm(new[] { Bottom, Top, Extra }.Take(height).ToArray());
        var sequence = other.Forward(Xs, Enumerable.Range(0, height).Select(InitialState).ToArray(),
            Enumerable.Range(0, height).Select(l => InitialState(l) * 0.5).ToArray());
        // Gradients shaped like that sequence's outputs: only the layer count is wrong.
        var dOutputs = SeededInputs.Sequence(3, 2, sequence.Outputs[0].ColumnCount, 5);
        var stack = new StackedLstm([Bottom, Top]);

        Action act = () => stack.Backward(dOutputs, sequence);

        act.ShouldRejectArgument("sequence");
    }
}
