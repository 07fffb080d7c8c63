using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

[TestFixture]
public class BadInputTests
{
    // Input size 3, hidden size 4, batch 2 throughout.
    private static readonly LstmParameters Lstm = Parameters.Lstm(3, 4);
    private static readonly GruParameters Gru = Parameters.Gru(3, 4);

    private static Matrix<double> X => SeededInputs.Normal(2, 3, 1);
    private static Matrix<double> State => SeededInputs.Normal(2, 4, 2);
    private static Matrix<double>[] Xs => SeededInputs.Sequence(3, 2, 3, 3);

    [Test]
    [KataTask(1)]
    public void Linear_forward_rejects_x_without_one_column_per_weight_column()
    {
        Action act = () => Linear.Forward(SeededInputs.Normal(2, 2, 1), SeededInputs.Normal(4, 3, 2), SeededInputs.NormalVector(4, 3));

        act.ShouldRejectArgument("x", expectedShape: "×3");
    }

    [Test]
    [KataTask(1)]
    public void Linear_forward_rejects_a_bias_without_one_entry_per_weight_row()
    {
        Action act = () => Linear.Forward(X, SeededInputs.Normal(4, 3, 2), SeededInputs.NormalVector(3, 3));

        act.ShouldRejectArgument("bias", expectedShape: "length 4");
    }

    [Test]
    [KataTask(1)]
    public void Linear_forward_rejects_NaN_in_x()
    {
        Action act = () => Linear.Forward(SeededInputs.WithNaN(X), SeededInputs.Normal(4, 3, 2), SeededInputs.NormalVector(4, 3));

        act.ShouldRejectArgument("x");
    }

    [Test]
    [KataTask(2)]
    public void Linear_backward_rejects_dy_that_is_not_shaped_like_the_output()
    {
        Action act = () => Linear.Backward(SeededInputs.Normal(2, 3, 1), X, SeededInputs.Normal(4, 3, 2));

        act.ShouldRejectArgument("dy", expectedShape: "2×4");
    }

    [Test]
    [KataTask(3)]
    public void Lstm_step_rejects_x_without_one_column_per_input()
    {
        Action act = () => new LstmCell(Lstm).Forward(SeededInputs.Normal(2, 4, 1), State, State);

        act.ShouldRejectArgument("x", expectedShape: "×3");
    }

    [Test]
    [KataTask(3)]
    public void Lstm_step_rejects_h_that_is_not_batch_by_hidden()
    {
        Action act = () => new LstmCell(Lstm).Forward(X, SeededInputs.Normal(2, 3, 2), State);

        act.ShouldRejectArgument("h", expectedShape: "2×4");
    }

    [Test]
    [KataTask(3)]
    public void Lstm_step_rejects_c_whose_batch_differs_from_x()
    {
        Action act = () => new LstmCell(Lstm).Forward(X, State, SeededInputs.Normal(1, 4, 2));

        act.ShouldRejectArgument("c", expectedShape: "2×4");
    }

    [TestCase("x", double.NaN)]
    [TestCase("h", double.PositiveInfinity)]
    [TestCase("c", double.NaN)]
    [KataTask(3)]
    public void Lstm_step_rejects_values_that_are_not_finite(string argument, double bad)
    {
        var (x, h, c) = (X, State, State);
        Action act = argument switch
        {
            "x" => () => new LstmCell(Lstm).Forward(SeededInputs.WithNaN(x, bad), h, c),
            "h" => () => new LstmCell(Lstm).Forward(x, SeededInputs.WithNaN(h, bad), c),
            _ => () => new LstmCell(Lstm).Forward(x, h, SeededInputs.WithNaN(c, bad)),
        };

        act.ShouldRejectArgument(argument);
    }

    [Test]
    [KataTask(4)]
    public void Lstm_step_backward_rejects_dCNext_that_is_not_shaped_like_the_cell_state()
    {
        var cell = new LstmCell(Lstm);
        var step = cell.Forward(X, State, State);
        Action act = () => cell.Backward(State, SeededInputs.Normal(2, 3, 4), step);

        act.ShouldRejectArgument("dCNext", expectedShape: "2×4");
    }

    [Test]
    [KataTask(5)]
    public void Lstm_layer_rejects_an_empty_sequence()
    {
        Action act = () => new LstmLayer(Lstm).Forward([], State, State);

        act.ShouldRejectArgument("xs");
    }

    [Test]
    [KataTask(5)]
    public void Lstm_layer_rejects_a_time_step_whose_batch_differs_from_the_first()
    {
        var xs = Xs;
        xs[2] = SeededInputs.Normal(1, 3, 9);
        Action act = () => new LstmLayer(Lstm).Forward(xs, State, State);

        act.ShouldRejectArgument("xs", expectedShape: "2×3").Message.Should().Contain("xs[2]", "the message names the time step");
    }

    [Test]
    [KataTask(5)]
    public void Lstm_layer_rejects_NaN_at_any_time_step()
    {
        var xs = Xs;
        xs[1] = SeededInputs.WithNaN(xs[1]);
        Action act = () => new LstmLayer(Lstm).Forward(xs, State, State);

        act.ShouldRejectArgument("xs").Message.Should().Contain("xs[1]", "the message names the time step");
    }

    [Test]
    [KataTask(5)]
    public void Lstm_layer_rejects_an_initial_cell_state_of_the_wrong_shape()
    {
        Action act = () => new LstmLayer(Lstm).Forward(Xs, State, SeededInputs.Normal(2, 3, 2));

        act.ShouldRejectArgument("c0", expectedShape: "2×4");
    }

    [Test]
    [KataTask(6)]
    public void Lstm_layer_backward_rejects_one_gradient_too_few()
    {
        var layer = new LstmLayer(Lstm);
        var sequence = layer.Forward(Xs, State, State);
        Action act = () => layer.Backward(SeededInputs.Sequence(2, 2, 4, 5), sequence);

        act.ShouldRejectArgument("dOutputs");
    }

    [Test]
    [KataTask(7)]
    public void Stacked_lstm_rejects_one_initial_state_too_few()
    {
        var stack = new StackedLstm([Lstm, Parameters.Lstm(4, 2)]);
        Action act = () => stack.Forward(Xs, [State], [State, SeededInputs.Normal(2, 2, 3)]);

        act.ShouldRejectArgument("h0");
    }

    [Test]
    [KataTask(9)]
    public void Gru_step_rejects_x_without_one_column_per_input()
    {
        Action act = () => new GruCell(Gru).Forward(SeededInputs.Normal(2, 2, 1), State);

        act.ShouldRejectArgument("x", expectedShape: "×3");
    }

    [TestCase(ResetPlacement.AfterHiddenProduct)]
    [TestCase(ResetPlacement.BeforeHiddenProduct)]
    [KataTask(9)]
    public void Gru_step_rejects_h_that_is_not_batch_by_hidden(ResetPlacement placement)
    {
        Action act = () => new GruCell(Gru, placement).Forward(X, SeededInputs.Normal(2, 5, 2));

        act.ShouldRejectArgument("h", expectedShape: "2×4");
    }

    [TestCase("x", double.NaN)]
    [TestCase("h", double.NegativeInfinity)]
    [KataTask(9)]
    public void Gru_step_rejects_values_that_are_not_finite(string argument, double bad)
    {
        var (x, h) = (X, State);
        Action act = argument == "x"
            ? () => new GruCell(Gru).Forward(SeededInputs.WithNaN(x, bad), h)
            : () => new GruCell(Gru).Forward(x, SeededInputs.WithNaN(h, bad));

        act.ShouldRejectArgument(argument);
    }

    [Test]
    [KataTask(10)]
    public void Gru_step_backward_rejects_dHNext_that_is_not_shaped_like_the_state()
    {
        var cell = new GruCell(Gru);
        var step = cell.Forward(X, State);
        Action act = () => cell.Backward(SeededInputs.Normal(1, 4, 4), step);

        act.ShouldRejectArgument("dHNext", expectedShape: "2×4");
    }

    [Test]
    [KataTask(11)]
    public void Gru_layer_rejects_a_time_step_with_the_wrong_input_size()
    {
        var xs = Xs;
        xs[1] = SeededInputs.Normal(2, 2, 9);
        Action act = () => new GruLayer(Gru).Forward(xs, State);

        act.ShouldRejectArgument("xs", expectedShape: "2×3");
    }

    [Test]
    [KataTask(11)]
    public void Gru_layer_rejects_h0_of_the_wrong_shape()
    {
        Action act = () => new GruLayer(Gru).Forward(Xs, SeededInputs.Normal(3, 4, 2));

        act.ShouldRejectArgument("h0", expectedShape: "2×4");
    }

    [Test]
    [KataTask(12)]
    public void Gru_layer_backward_rejects_a_gradient_that_is_not_shaped_like_its_output()
    {
        var layer = new GruLayer(Gru);
        var sequence = layer.Forward(Xs, State);
        var dOutputs = SeededInputs.Sequence(3, 2, 4, 5);
        dOutputs[1] = SeededInputs.Normal(2, 3, 6);
        Action act = () => layer.Backward(dOutputs, sequence);

        act.ShouldRejectArgument("dOutputs", expectedShape: "2×4");
    }
}
