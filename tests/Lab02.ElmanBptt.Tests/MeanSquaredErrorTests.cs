using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(5)]
public class MeanSquaredErrorTests
{
    // Two sequences, two steps, one output; targets 0.
    private static Matrix<double>[] Outputs => [Data.Matrix(new[,] { { 1.0 }, { 3.0 } }), Data.Matrix(new[,] { { 2.0 }, { 0.0 } })];
    private static Matrix<double>[] Zeros => [Matrix<double>.Build.Dense(2, 1), Matrix<double>.Build.Dense(2, 1)];

    [Test]
    public void Loss_is_half_the_squared_error_summed_over_time_and_averaged_over_the_batch()
    {
        var result = Losses.MeanSquaredError(Outputs, Zeros);

        // Sequence 0: ½(1² + 2²) = 2.5; sequence 1: ½(3² + 0²) = 4.5; mean over the 2 sequences: 3.5.
        result.Value.Should().BeApproximately(3.5, Tolerance.ClosedForm);
    }

    [Test]
    public void Gradient_is_the_error_divided_by_the_batch_size()
    {
        var targets = Zeros;
        targets[1][0, 0] = 0.5;

        var result = Losses.MeanSquaredError(Outputs, targets);

        result.DOutputs.Should().HaveCount(2, "one gradient per output step");
        Matrices.ShouldBeClose(result.DOutputs[0], Data.Matrix(new[,] { { 0.5 }, { 1.5 } }), "(O − Y)/N at t = 0");
        Matrices.ShouldBeClose(result.DOutputs[1], Data.Matrix(new[,] { { 0.75 }, { 0.0 } }), "(O − Y)/N at t = 1");
    }

    [Test]
    public void Perfect_predictions_give_zero_loss_and_zero_gradient()
    {
        var result = Losses.MeanSquaredError(Outputs, Outputs);

        result.Value.Should().Be(0);
        foreach (var g in result.DOutputs)
            Matrices.ShouldBeZero(g, "nothing to correct");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.Shapes))]
    public void Matches_an_element_by_element_computation(Shape shape)
    {
        var outputs = Data.Sequence(shape.Steps, shape.Batch, shape.Outputs, shape.Seed);
        var targets = Data.Sequence(shape.Steps, shape.Batch, shape.Outputs, shape.Seed + 1);

        var result = Losses.MeanSquaredError(outputs, targets);

        result.Value.Should().BeApproximately(ElementByElement.SquaredError(outputs, targets), Tolerance.ClosedForm * 10);
        Matrices.ShouldBeClose(result.DOutputs, TestLoss.SquaredError.Gradient(outputs, targets), "∂J/∂O(t) = (O(t) − Y(t))/N");
    }

    [Test]
    public void Gradient_matches_central_differences()
    {
        var outputs = Data.Sequence(3, 2, 3, seed: 21);
        var targets = Data.Sequence(3, 2, 3, seed: 22);

        var result = Losses.MeanSquaredError(outputs, targets);

        for (var t = 0; t < 3; t++)
            GradientCheck.ShouldMatch(result.DOutputs[t], () => ElementByElement.SquaredError(outputs, targets), outputs[t],
                $"∂J/∂O({t})", "task-5-mean-squared-error");
    }
}
