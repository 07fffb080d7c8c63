using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab04.Tests;

/// <summary>Task 6: the naive forecasts every experiment reports beside the model.</summary>
[TestFixture]
[KataTask(6)]
public class BaselineTests
{
    private static readonly Matrix<double> Windows = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 4.0, 2.0 }, { 0.0, -1.0, 3.0 } });

    [Test]
    public void Repeat_last_predicts_each_windows_last_value() =>
        Baselines.RepeatLast(Windows).Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 2.0 }, { 3.0 } }));

    [Test]
    public void Linear_extrapolation_extends_the_line_through_the_last_two_values() =>
        Baselines.LinearExtrapolation(Windows).Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 0.0 }, { 7.0 } }),
            "2·x(n−1) − x(n−2): 2·2 − 4 = 0 and 2·3 − (−1) = 7");

    [Test]
    public void Linear_extrapolation_needs_two_values_per_window()
    {
        Action act = () => Baselines.LinearExtrapolation(Matrix<double>.Build.Dense(2, 1));

        act.ShouldRejectArgument("windows", "2×1");
    }
}
