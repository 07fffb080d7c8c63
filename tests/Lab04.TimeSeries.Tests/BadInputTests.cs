using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;
using RnnKata.TestSupport;

namespace RnnKata.Lab04.Tests;

/// <summary>Bad input gets an <see cref="ArgumentException"/> that names the argument and the problem.</summary>
[TestFixture]
public class BadInputTests
{
    private static readonly TrainingOptions Options = new(new NetworkSpec(RecurrentCell.Elman, 4), LossFunction.MeanSquaredError,
                                                          OptimizerKind.Adam, 0.01, BatchSize: 2);

    [Test]
    [KataTask(1)]
    public void A_window_longer_than_the_series_is_rejected() =>
        ((Action)(() => Windows.Sliding([1.0, 2.0, 3.0], 3))).ShouldRejectArgument("length").OwnMessage().Should().Contain("longer than the series")
            .And.Contain("4", "a window of 3 values needs at least 3 + 1 = 4");

    [Test]
    [KataTask(2)]
    public void A_random_window_longer_than_the_series_is_rejected() =>
        ((Action)(() => Windows.Random(new RandomWindowSource(Comp3222.Value, 0, 30, 0.1, 300), 4, new Random(1))))
            .ShouldRejectArgument("source").Message.Should().Contain("longer than the series");

    [TestCase(0)]
    [TestCase(-2)]
    [KataTask(1)]
    public void A_non_positive_window_is_rejected(int length) =>
        ((Action)(() => Windows.Sliding([1.0, 2.0, 3.0], length))).ShouldRejectArgument("length").Message.Should().Contain("positive");

    [Test]
    [KataTask(2)]
    public void Shifted_windows_of_no_steps_are_rejected() =>
        ((Action)(() => Windows.Shifted(Math.Sin, [0.0], 0.1, 0))).ShouldRejectArgument("steps").OwnMessage().Should().Contain("steps");

    [TestCase(0)]
    [TestCase(-1)]
    [KataTask(2)]
    public void A_non_positive_batch_is_rejected(int batch) =>
        ((Action)(() => Windows.Random(Comp3222.Windows, batch, new Random(1)))).ShouldRejectArgument("batch").OwnMessage().Should().Contain("batch");

    [Test]
    [KataTask(5)]
    public void Training_with_a_non_positive_batch_size_is_rejected() =>
        ((Action)(() => Training.OnRandomWindows(Options with { BatchSize = 0 }, Comp3222.Windows, 10)))
            .ShouldRejectArgument("options").Message.Should().Contain("BatchSize");

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [KataTask(1)]
    public void A_series_with_a_value_that_is_not_finite_is_rejected(double bad) =>
        ((Action)(() => Windows.Sliding([1.0, 2.0, bad, 4.0], 2))).ShouldRejectArgument("series").Message.Should().Contain("[2]");

    [Test]
    [KataTask(1)]
    public void An_empty_series_is_rejected() =>
        ((Action)(() => Windows.Sliding([], 2))).ShouldRejectArgument("series").Message.Should().Contain("empty");

    [Test]
    [KataTask(7)]
    public void A_seed_with_a_value_that_is_not_finite_is_rejected() =>
        ((Action)(() => ClosedLoop.Generate(w => w, [0.5, double.NaN], 5))).ShouldRejectArgument("seed").Message.Should().Contain("[1]");

    [Test]
    [KataTask(7)]
    public void An_empty_seed_is_rejected() =>
        ((Action)(() => ClosedLoop.Generate(w => w, [], 5))).ShouldRejectArgument("seed").Message.Should().Contain("empty");

    [Test]
    [KataTask(3)]
    public void Targets_of_another_shape_are_rejected() =>
        ((Action)(() => Losses.MeanSquaredError(Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(3, 2)))).ShouldRejectArgument("targets", "2×3");

    [TestCase(0)]
    [TestCase(1)]
    [KataTask(6)]
    public void Baselines_of_windows_that_are_not_finite_are_rejected(int baseline)
    {
        var windows = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, double.NaN } });
        Func<Matrix<double>, Matrix<double>> forecast = baseline == 0 ? Baselines.RepeatLast : Baselines.LinearExtrapolation;

        ((Action)(() => forecast(windows))).ShouldRejectArgument("windows");
    }

    [Test]
    [KataTask(5)]
    public void Outputs_for_windows_that_are_not_finite_are_rejected()
    {
        var lastStep = Options with { Network = Options.Network with { Readout = Readout.LastStep }, Backend = "simd" };
        using var model = Training.OnDataset(lastStep, Windows.Sliding([0.1, 0.2, 0.3, 0.4, 0.5], 2), 1);

        ((Action)(() => model.Outputs(Matrix<double>.Build.DenseOfArray(new[,] { { 0.1, double.PositiveInfinity } })))).ShouldRejectArgument("windows");
    }

    [Test]
    [KataTask(7)]
    public void A_model_that_returns_null_is_rejected() =>
        ((Action)(() => ClosedLoop.Generate(_ => null!, [1.0], 3))).ShouldRejectArgument("predictNext").OwnMessage().Should().Contain("1×1");

    [Test]
    [KataTask(3)]
    public void An_unknown_loss_is_rejected() =>
        ((Action)(() => Losses.Compute((LossFunction)99, Matrix<double>.Build.Dense(1, 1), Matrix<double>.Build.Dense(1, 1))))
            .ShouldRejectArgument("loss").Should().BeOfType<ArgumentOutOfRangeException>().Which.OwnMessage().Should().NotBeEmpty();

    [Test]
    [KataTask(5)]
    public void An_every_step_network_on_next_value_windows_is_rejected()
    {
        var train = new WindowBatch(Matrix<double>.Build.Dense(4, 5), Matrix<double>.Build.Dense(4, 1));

        ((Action)(() => Training.OnDataset(Options, train, 1))).ShouldRejectArgument("options").Message.Should().Contain("target per step");
    }
}
