using System.Text.RegularExpressions;
using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

/// <summary>
/// A stack rejects a list of the wrong length with a message that says how many entries it needs: the
/// number of layers (<c>StackedLstm.Forward</c>'s XML docs, and the kata's rule that a message says what
/// the argument should have). <c>ArgumentException</c> appends only the parameter's name, so an empty
/// or vague message fails here.
/// </summary>
[TestFixture]
public class StackCountMessageTests
{
    // Three layers 3 → 4 → 2 → 2, input size 3, batch 2, three time steps.
    private static readonly LstmParameters[] ThreeLayers =
        [Parameters.Lstm(3, 4), Parameters.Lstm(4, 2, seed: 9), Parameters.Lstm(2, 2, seed: 13)];

    private static Matrix<double>[] Xs => SeededInputs.Sequence(3, 2, 3, 3);

    private static Matrix<double> InitialState(int layer) => SeededInputs.Normal(2, layer == 0 ? 4 : 2, 20 + layer);

    private static Matrix<double>[] InitialStates(int count) => Enumerable.Range(0, count).Select(InitialState).ToArray();

    [TestCase("h0")]
    [TestCase("c0")]
    [KataTask(7)]
    public void Stacked_lstm_forward_says_how_many_initial_states_it_needs(string argument)
    {
        var stack = new StackedLstm(ThreeLayers);
        Action act = argument == "h0"
            ? () => stack.Forward(Xs, InitialStates(2), InitialStates(3))
            : () => stack.Forward(Xs, InitialStates(3), InitialStates(2));

        var error = act.ShouldRejectArgument(argument);

        Regex.IsMatch(error.Message, @"\b3\b").Should().BeTrue(
            "the message must give the number of layers, 3, that {0} needs one state for — message was: {1}", argument, error.Message);
    }

    [Test]
    [KataTask(8)]
    public void Stacked_lstm_backward_says_how_many_runs_it_needs()
    {
        var sequence = new StackedLstm(ThreeLayers).Forward(Xs, InitialStates(3), InitialStates(3));
        var twoLayers = new StackedLstm(ThreeLayers[..2]);
        var dOutputs = SeededInputs.Sequence(3, 2, 2, 5); // shaped like the outputs: only the layer count is wrong

        var error = ((Action)(() => twoLayers.Backward(dOutputs, sequence))).ShouldRejectArgument("sequence");

        Regex.IsMatch(error.Message, @"\b2\b").Should().BeTrue(
            "the message must give the number of layers, 2, that sequence needs one run for — message was: {0}", error.Message);
    }
}
