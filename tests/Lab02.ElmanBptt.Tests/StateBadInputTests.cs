using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

/// <summary>
/// Bad states and step arguments: what <see cref="BadInputTests"/> leaves out. Each case breaks one argument only,
/// so that a check that is missing cannot be covered by another argument's check.
/// </summary>
[TestFixture]
public class StateBadInputTests
{
    // batch 4, 3 inputs, 5 hidden units, 2 outputs, T = 3
    private static readonly ElmanParameters P = ElmanParameters.Seeded(3, 5, 2);
    private static MatrixBuilder<double> M => Matrix<double>.Build;

    private static Matrix<double> WithBad(Matrix<double> m, double bad)
    {
        var copy = m.Clone();
        copy[m.RowCount - 1, m.ColumnCount - 1] = bad;
        return copy;
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [KataTask(2)]
    public void Step_rejects_a_previous_state_that_is_not_finite(double bad)
    {
        Action act = () => ElmanNetwork.Step(M.Dense(4, 3), WithBad(M.Dense(4, 5), bad), P.Layer, Activation.Tanh);

        act.ShouldRejectArgument("hPrevious");
    }

    // dH, x, hPrevious, h: every argument but the one named is right (4 × 5 states, 4 × 3 input).
    [TestCase("x", 4, 2, null)]
    [TestCase("x", 4, 3, double.NaN)]
    [TestCase("hPrevious", 4, 4, null)]
    [TestCase("hPrevious", 3, 5, null)]
    [TestCase("hPrevious", 4, 5, double.NaN)]
    [TestCase("h", 4, 6, null)]
    [TestCase("h", 5, 5, null)]
    [TestCase("h", 4, 5, double.NegativeInfinity)]
    [KataTask(3)]
    public void Step_backward_rejects_a_bad_step_argument(string name, int rows, int columns, double? bad)
    {
        var broken = M.Dense(rows, columns, 0.25);
        if (bad is { } value)
            broken = WithBad(broken, value);
        Matrix<double> Pick(string argument, Matrix<double> right) => argument == name ? broken : right;
        Action act = () => ElmanNetwork.StepBackward(M.Dense(4, 5, 0.1), Pick("x", M.Dense(4, 3, 0.5)),
            Pick("hPrevious", M.Dense(4, 5, 0.2)), Pick("h", M.Dense(4, 5, 0.3)), P.Layer, Activation.Tanh);

        var error = act.ShouldRejectArgument(name);
        if (bad is null)
            error.OwnMessage().Should().Contain(name == "x" ? "×3" : "4×5", "the message gives the shape the argument should have");
    }

    // The forward pass ran with 3 inputs and 5 hidden units; each case changes one of the two.
    [TestCase(4, 5)]
    [TestCase(3, 6)]
    [KataTask(7)]
    public void Backward_rejects_parameters_that_are_not_those_of_the_forward_pass(int inputs, int hidden)
    {
        var trace = ElmanNetwork.Forward(Data.Sequence(3, 4, 3, seed: 1), M.Dense(4, 5), P, Activation.Tanh);
        var other = ElmanParameters.Seeded(inputs, hidden, 2);
        Action act = () => ElmanNetwork.Backward(trace, trace.Outputs.Select(o => o.Clone()).ToArray(), other);

        act.ShouldRejectArgument("parameters");
    }

    [TestCase(double.NaN)]
    [TestCase(double.NegativeInfinity)]
    [KataTask(12)]
    public void Jordan_forward_rejects_an_initial_output_that_is_not_finite(double bad)
    {
        var jordan = JordanParameters.Seeded(3, 5, 2);
        Action act = () => JordanNetwork.Forward(Data.Sequence(3, 4, 3, seed: 1), WithBad(M.Dense(4, 2), bad), jordan, Activation.Tanh);

        act.ShouldRejectArgument("o0");
    }

    // Layers of 5 and 4 hidden units; h0[1] must be 4 × 4.
    [TestCase(3, 4)]
    [TestCase(4, 5)]
    [KataTask(14)]
    public void Stacked_forward_rejects_a_layer_state_of_the_wrong_shape(int rows, int columns)
    {
        var stack = StackedParameters.Seeded(3, [5, 4], 2);
        Action act = () => StackedElman.Forward(Data.Sequence(3, 4, 3, seed: 1), [M.Dense(4, 5), M.Dense(rows, columns)], stack, Activation.Tanh);

        act.ShouldRejectArgument("h0").OwnMessage().Should().Contain("4×4", "the message gives the shape h0[1] should have")
            .And.Contain($"{rows}×{columns}", "and the shape it has");
    }

    [Test]
    [KataTask(14)]
    public void Stacked_forward_rejects_a_missing_layer_state()
    {
        var stack = StackedParameters.Seeded(3, [5, 4], 2);
        Action act = () => StackedElman.Forward(Data.Sequence(3, 4, 3, seed: 1), [M.Dense(4, 5), null!], stack, Activation.Tanh);

        act.ShouldRejectArgument("h0").OwnMessage().Should().Contain("null");
    }

    [Test]
    [KataTask(14)]
    public void Stacked_forward_rejects_a_layer_state_that_is_not_finite()
    {
        var stack = StackedParameters.Seeded(3, [5, 4], 2);
        Action act = () => StackedElman.Forward(Data.Sequence(3, 4, 3, seed: 1), [M.Dense(4, 5), WithBad(M.Dense(4, 4), double.NaN)], stack, Activation.Tanh);

        act.ShouldRejectArgument("h0");
    }

    [Test]
    [KataTask(15)]
    public void Stacked_backward_rejects_output_gradients_that_do_not_fit_the_trace()
    {
        var stack = StackedParameters.Seeded(3, [5, 4], 2);
        var trace = StackedElman.Forward(Data.Sequence(3, 4, 3, seed: 1), [M.Dense(4, 5), M.Dense(4, 4)], stack, Activation.Tanh);
        Action act = () => StackedElman.Backward(trace, [M.Dense(4, 2), M.Dense(4, 2)], stack);

        act.ShouldRejectArgument("dOutputs");
    }
}
