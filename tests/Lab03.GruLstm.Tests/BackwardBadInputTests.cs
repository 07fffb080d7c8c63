using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

/// <summary>
/// Bad input to the backward passes: a gradient with NaN or infinity in it, or an argument whose
/// shape would still multiply out, only into a gradient of the wrong shape.
/// </summary>
[TestFixture]
public class BackwardBadInputTests
{
    // Input size 3, hidden size 4, batch 2 throughout, as in BadInputTests.
    private static readonly LstmParameters Lstm = Parameters.Lstm(3, 4);
    private static readonly GruParameters Gru = Parameters.Gru(3, 4);

    private static Matrix<double> X => SeededInputs.Normal(2, 3, 1);
    private static Matrix<double> State => SeededInputs.Normal(2, 4, 2);
    private static Matrix<double> Weight => SeededInputs.Normal(4, 3, 3);

    [Test]
    [KataTask(2)]
    public void Linear_backward_rejects_x_without_one_column_per_weight_column()
    {
        // dY·W and dYᵀ·X both multiply out with this x: only the check stops a 4×2 ∂L/∂W for a 4×3 weight.
        Action act = () => Linear.Backward(SeededInputs.Normal(2, 4, 4), SeededInputs.Normal(2, 2, 1), Weight);

        act.ShouldRejectArgument("x", expectedShape: "×3");
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [KataTask(2)]
    public void Linear_backward_rejects_dy_that_is_not_finite(double bad)
    {
        Action act = () => Linear.Backward(SeededInputs.WithNaN(SeededInputs.Normal(2, 4, 4), bad), X, Weight);

        act.ShouldRejectArgument("dy");
    }

    [TestCase(2, 3)] // too few hidden units
    [TestCase(3, 4)] // another batch
    [KataTask(4)]
    public void Lstm_step_backward_rejects_dHNext_that_is_not_shaped_like_the_hidden_state(int rows, int columns)
    {
        var cell = new LstmCell(Lstm);
        var step = cell.Forward(X, State, State);
        Action act = () => cell.Backward(SeededInputs.Normal(rows, columns, 4), State, step);

        act.ShouldRejectArgument("dHNext", expectedShape: "2×4");
    }

    [TestCase("dHNext", double.NaN)]
    [TestCase("dHNext", double.NegativeInfinity)]
    [TestCase("dCNext", double.NaN)]
    [TestCase("dCNext", double.PositiveInfinity)]
    [KataTask(4)]
    public void Lstm_step_backward_rejects_gradients_that_are_not_finite(string argument, double bad)
    {
        var cell = new LstmCell(Lstm);
        var step = cell.Forward(X, State, State);
        var (dHNext, dCNext) = (SeededInputs.Normal(2, 4, 4), SeededInputs.Normal(2, 4, 5));
        Action act = argument == "dHNext"
            ? () => cell.Backward(SeededInputs.WithNaN(dHNext, bad), dCNext, step)
            : () => cell.Backward(dHNext, SeededInputs.WithNaN(dCNext, bad), step);

        act.ShouldRejectArgument(argument);
    }

    [TestCase(ResetPlacement.AfterHiddenProduct, double.NaN)]
    [TestCase(ResetPlacement.BeforeHiddenProduct, double.PositiveInfinity)]
    [KataTask(10)]
    public void Gru_step_backward_rejects_dHNext_that_is_not_finite(ResetPlacement placement, double bad)
    {
        var cell = new GruCell(Gru, placement);
        var step = cell.Forward(X, State);
        Action act = () => cell.Backward(SeededInputs.WithNaN(SeededInputs.Normal(2, 4, 4), bad), step);

        act.ShouldRejectArgument("dHNext");
    }
}
