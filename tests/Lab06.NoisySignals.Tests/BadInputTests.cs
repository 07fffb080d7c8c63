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
        ((Action)(() => SeriesWindows.Sliding([1.0, 2.0, 3.0], steps))).ShouldRejectArgument("steps").OwnMessage().Should().Contain($"{steps}");

    [Test]
    public void A_series_with_NaN_is_rejected_with_its_index() =>
        ((Action)(() => SeriesWindows.Sliding([1.0, 2.0, double.NaN, 4.0], 2))).ShouldRejectArgument("series").Message.Should().Contain("[2]");

    [Test]
    public void Windows_with_infinity_cannot_become_a_sequence() =>
        ((Action)(() => SeriesWindows.AsSequence(Matrix<double>.Build.Dense(2, 3, double.PositiveInfinity), WindowLayout.StepsOfOneValue)))
            .ShouldRejectArgument("windows");

    [Test]
    [KataTask(1)]
    public void Windows_without_values_cannot_become_a_sequence() =>
        ((Action)(() => SeriesWindows.AsSequence(Matrix<double>.Build.Dense(2, 0), WindowLayout.StepsOfOneValue))).ShouldRejectArgument("windows").OwnMessage().Should().NotBeNullOrWhiteSpace();

    [Test]
    public void An_unknown_layout_is_rejected() =>
        ((Action)(() => SeriesWindows.AsSequence(Matrix<double>.Build.Dense(2, 3), (WindowLayout)7))).ShouldRejectArgument("layout").OwnMessage().Should().Contain("7");

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
    [KataTask(2)]
    public void An_output_gradient_with_NaN_is_rejected()
    {
        var head = Head();
        var run = head.Forward(Matrix<double>.Build.Dense(2, 4, 1.0));

        ((Action)(() => head.Backward(run, Matrix<double>.Build.Dense(2, 1, double.NaN)))).ShouldRejectArgument("dOutput");
    }

    [Test]
    [KataTask(2)]
    public void A_head_whose_parts_do_not_fit_or_are_not_finite_is_rejected_naming_the_part()
    {
        // The constructor is given (chapter 6, Task 2) and the reference solution repeats it; the forward pass first
        // makes this a Task 2 test, not started until Forward is written.
        Head().Forward(Matrix<double>.Build.Dense(1, 4, 1.0)).Output.RowCount.Should().Be(1);

        var (w1, b1, w2, b2) = (Matrix<double>.Build.Dense(3, 4, 0.1), Vector<double>.Build.Dense(3), Matrix<double>.Build.Dense(1, 3, 0.2),
                                Vector<double>.Build.Dense(1));
        foreach (var (build, name) in new (Action Build, string Name)[]
                 {
                     (() => _ = new DenseReluHead(Matrix<double>.Build.Dense(3, 4, double.NaN), b1, w2, b2), "weight1"),
                     (() => _ = new DenseReluHead(w1, Vector<double>.Build.Dense(2), w2, b2), "bias1"),
                     (() => _ = new DenseReluHead(w1, Vector<double>.Build.Dense(3, double.PositiveInfinity), w2, b2), "bias1"),
                     (() => _ = new DenseReluHead(w1, b1, Matrix<double>.Build.Dense(1, 3, double.NaN), b2), "weight2"),
                     (() => _ = new DenseReluHead(w1, b1, Matrix<double>.Build.Dense(1, 2), b2), "weight2"),
                     (() => _ = new DenseReluHead(w1, b1, w2, Vector<double>.Build.Dense(2)), "bias2"),
                     (() => _ = new DenseReluHead(w1, b1, w2, Vector<double>.Build.Dense(1, double.NaN)), "bias2"),
                 })
        {
            build.ShouldRejectArgument(name);
        }
    }

    [Test]
    public void A_trained_model_rejects_windows_of_another_length_or_with_NaN()
    {
        var train = SeriesWindows.Sliding(LectureSeries.Noisy(12, 1), 4);
        using var model = Training.Fit(new TrainingOptions(Hidden: 2, HeadHidden: 2, Epochs: 1, BatchSize: 8, Backend: "simd"), train);

        ((Action)(() => model.Predict(Matrix<double>.Build.Dense(2, 3)))).ShouldRejectArgument("windows", "2×4");
        ((Action)(() => model.Predict(Matrix<double>.Build.Dense(2, 4, double.NaN)))).ShouldRejectArgument("windows");
    }

    [Test]
    public void Baselines_reject_windows_without_values_or_with_NaN()
    {
        ((Action)(() => Baselines.MovingAverage(Matrix<double>.Build.Dense(2, 0)))).ShouldRejectArgument("windows").OwnMessage().Should().NotBeNullOrWhiteSpace();
        ((Action)(() => Baselines.LastValue(Matrix<double>.Build.Dense(2, 0)))).ShouldRejectArgument("windows").OwnMessage().Should().NotBeNullOrWhiteSpace();
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
