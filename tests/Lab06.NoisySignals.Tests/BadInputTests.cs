using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06.Tests;

/// <summary>Bad input gets an <see cref="ArgumentException"/> that names the argument and the problem.</summary>
[TestFixture]
public class BadInputTests
{
    private static DenseReluHead Head() => new(Matrix<double>.Build.Dense(3, 4, 0.1), Vector<double>.Build.Dense(3), Matrix<double>.Build.Dense(1, 3, 0.2),
                                               Vector<double>.Build.Dense(1));

    [Test]
    public void A_series_too_short_for_one_window_and_its_target_is_rejected() =>
        ((Action)(() => SeriesWindows.Sliding([1.0, 2.0, 3.0], 3))).ShouldRejectArgument("series").Message.Should().Contain("4");

    [TestCase(0)]
    [TestCase(-1)]
    public void A_non_positive_window_length_is_rejected(int steps) =>
        ((Action)(() => SeriesWindows.Sliding([1.0, 2.0, 3.0], steps))).ShouldRejectArgument("steps");

    [Test]
    public void A_series_with_NaN_is_rejected_with_its_index() =>
        ((Action)(() => SeriesWindows.Sliding([1.0, 2.0, double.NaN, 4.0], 2))).ShouldRejectArgument("series").Message.Should().Contain("[2]");

    [Test]
    public void Windows_with_infinity_cannot_become_a_sequence() =>
        ((Action)(() => SeriesWindows.AsSequence(Matrix<double>.Build.Dense(2, 3, double.PositiveInfinity), WindowLayout.StepsOfOneValue)))
            .ShouldRejectArgument("windows");

    [Test]
    public void An_unknown_layout_is_rejected() =>
        ((Action)(() => SeriesWindows.AsSequence(Matrix<double>.Build.Dense(2, 3), (WindowLayout)7))).ShouldRejectArgument("layout");

    [Test]
    public void A_hidden_state_of_the_wrong_width_is_rejected_with_both_shapes() =>
        ((Action)(() => Head().Forward(Matrix<double>.Build.Dense(2, 5)))).ShouldRejectArgument("h", "2×4");

    [Test]
    public void An_output_gradient_not_shaped_like_the_output_is_rejected()
    {
        var head = Head();
        var run = head.Forward(Matrix<double>.Build.Dense(2, 4, 1.0));

        ((Action)(() => head.Backward(run, Matrix<double>.Build.Dense(3, 1)))).ShouldRejectArgument("dOutput", "2×1");
    }

    [Test]
    public void Baselines_reject_windows_without_values_or_with_NaN()
    {
        ((Action)(() => Baselines.MovingAverage(Matrix<double>.Build.Dense(2, 3, double.NaN)))).ShouldRejectArgument("windows");
        ((Action)(() => Baselines.LastValue(Matrix<double>.Build.Dense(2, 2, double.NaN)))).ShouldRejectArgument("windows");
    }

    [Test]
    public void Training_on_fewer_windows_than_one_batch_is_rejected() =>
        ((Action)(() => Training.Fit(new TrainingOptions(BatchSize: 16, Backend: "simd"), SeriesWindows.Sliding(LectureSeries.Noisy(10, 1), 4))))
            .ShouldRejectArgument("train").Message.Should().Contain("6 windows");

    [Test]
    public void Options_out_of_range_are_rejected_naming_the_field() =>
        ((Action)(() => Training.Fit(new TrainingOptions(Rho: 1.0, Backend: "simd"), SeriesWindows.Sliding(LectureSeries.Noisy(40, 1), 4))))
            .ShouldRejectArgument("options").Message.Should().Contain("Rho");
}
