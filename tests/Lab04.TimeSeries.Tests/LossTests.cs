using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab04.Tests;

/// <summary>Task 3: the losses against closed forms, their gradients against central differences.</summary>
[TestFixture]
[KataTask(3)]
public class LossTests
{
    // Errors p − y: 1, −2, 0.5, 0 (N = 4).
    private static readonly Matrix<double> Predictions = Matrix<double>.Build.DenseOfArray(new[,] { { 1.5, -1.0 }, { 2.5, 3.0 } });
    private static readonly Matrix<double> Targets = Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, 1.0 }, { 2.0, 3.0 } });

    [TestCase(LossFunction.MeanSquaredError, 5.25 / 4)]               // (1 + 4 + 0.25 + 0) / 4
    [TestCase(LossFunction.RootMeanSquaredError, 1.1456439237389600)] // √1.3125
    [TestCase(LossFunction.MeanAbsoluteError, 3.5 / 4)]              // (1 + 2 + 0.5 + 0) / 4
    public void Loss_matches_its_closed_form(LossFunction loss, double expected) =>
        Losses.Compute(loss, Predictions, Targets).Value.Should().BeApproximately(expected, Tolerance.ClosedForm);

    [TestCase(LossFunction.MeanSquaredError)]
    [TestCase(LossFunction.RootMeanSquaredError)]
    public void Gradient_matches_central_differences(LossFunction loss)
    {
        var p = Predictions.Clone();
        var analytic = Losses.Compute(loss, p, Targets).Gradient;

        var (error, _) = GradientComparison.Compare(analytic, () => Losses.Compute(loss, p, Targets).Value, p);

        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck, $"∂{loss}/∂P must match central differences (docs/04-time-series.md#hints)");
    }

    [Test]
    public void Mean_absolute_error_has_slope_sign_over_n_and_none_where_the_prediction_is_exact()
    {
        var gradient = Losses.MeanAbsoluteError(Predictions, Targets).Gradient;

        gradient.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 0.25, -0.25 }, { 0.25, 0 } }),
            "sign(p − y)/N with N = 4, and 0 where p = y as in PyTorch");
    }

    [Test]
    public void Root_mean_squared_error_squared_is_the_mean_squared_error()
    {
        var rmse = Losses.RootMeanSquaredError(Predictions, Targets).Value;

        (rmse * rmse).Should().BeApproximately(Losses.MeanSquaredError(Predictions, Targets).Value, Tolerance.ClosedForm,
            "COMP3222's RMSE curve must be squared before it is compared with an MSE curve");
        rmse.Should().BeGreaterThan(1.0, "here the MSE (1.3125) is above 1, so the RMSE reads smaller than it");
    }

    [Test]
    public void Root_mean_squared_error_of_a_perfect_prediction_has_a_zero_gradient()
    {
        var result = Losses.RootMeanSquaredError(Targets, Targets);

        result.Value.Should().Be(0);
        result.Gradient.Enumerate().Should().OnlyContain(g => g == 0, "√ has no slope at 0: the gradient is defined as 0, never NaN");
    }
}
