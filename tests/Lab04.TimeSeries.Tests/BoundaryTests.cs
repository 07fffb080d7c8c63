using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;
using RnnKata.TestSupport;

namespace RnnKata.Lab04.Tests;

/// <summary>
/// The edges of what each method accepts: the smallest valid input works (a check written with ≤ instead of &lt;
/// would reject it), and the first invalid one is an <see cref="ArgumentException"/> naming the argument.
/// </summary>
[TestFixture]
public class BoundaryTests
{
    private static readonly TrainingOptions Options = new(new NetworkSpec(RecurrentCell.Elman, 3, Readout: Readout.LastStep),
                                                          LossFunction.MeanSquaredError, OptimizerKind.Adam, 0.01, BatchSize: 2, Backend: "simd");

    // A method, not a field: on a fresh checkout Windows.Sliding is a stub, and a field would fail every test of the class.
    private static WindowBatch Train() => Windows.Sliding([0.1, 0.2, 0.3, 0.4, 0.5], 2);

    [Test]
    [KataTask(1)]
    public void One_sample_is_enough() => Windows.Sample(x => 2 * x, 1.5, 0.1, 1).Should().Equal(3.0);

    [Test]
    [KataTask(2)]
    public void Windows_of_one_value_are_enough()
    {
        Windows.Sliding([1.0, 2.0], 1).Inputs.ToRowArrays().Should().BeEquivalentTo(new[] { new[] { 1.0 } });
        Windows.Shifted(x => x, [0.5], 0.1, 1).Inputs.ColumnCount.Should().Be(1);
        Windows.Random(Comp3222.Windows, 1, new Random(1)).Count.Should().Be(1);
        Windows.Random(Comp3222.Windows with { Steps = 1 }, 2, new Random(1)).Inputs.ColumnCount.Should().Be(1);
    }

    [Test]
    [KataTask(6)]
    public void The_baselines_need_one_and_two_values_per_window()
    {
        var windows = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 3.0 } });
        Baselines.RepeatLast(windows.SubMatrix(0, 1, 1, 1))[0, 0].Should().Be(3.0);
        Baselines.LinearExtrapolation(windows)[0, 0].Should().Be(5.0);
    }

    [Test]
    [KataTask(5)]
    public void A_trained_model_gives_outputs_for_windows_of_one_value()
    {
        using var model = Training.OnDataset(Options, Train(), 1);
        model.Outputs(Matrix<double>.Build.Dense(3, 1, 0.2)).RowCount.Should().Be(3);
    }

    [Test]
    [KataTask(7)]
    public void One_generated_value_is_enough() => ClosedLoop.Generate(w => w.SubMatrix(0, 1, w.ColumnCount - 1, 1) * 2, [1.0, 4.0], 1).Should().Equal(8.0);

    [Test]
    [KataTask(4)]
    public void Adam_accepts_beta_zero()
    {
        var theta = Vector<double>.Build.Dense([1.0]);
        new Adam(0.1, beta1: 0, beta2: 0).Step(theta, Vector<double>.Build.Dense([2.0]));
        theta[0].Should().BeApproximately(0.9, 1e-6, "with β1 = β2 = 0 the step is lr·g/(|g| + ε)");
    }

    [Test]
    [KataTask(5)]
    public void Training_with_batches_of_one_window_works()
    {
        using var model = Training.OnDataset(Options with { BatchSize = 1 }, Train(), 1);
        model.Losses.Should().HaveCount(Train().Count, "one step per window");
    }

    [Test]
    [KataTask(4)]
    public void Adam_rejects_parameters_of_another_length_than_its_earlier_steps()
    {
        var adam = new Adam();
        adam.Step(Vector<double>.Build.Dense(2), Vector<double>.Build.Dense(2));
        ((Action)(() => adam.Step(Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(3)))).ShouldRejectArgument("parameters")
            .OwnMessage().Should().Contain("2", "the message gives the earlier length").And.Contain("3", "and the new one");
    }

    [TestCase(0.0, "gap")]
    [TestCase(double.NaN, "gap")]
    [KataTask(1)]
    public void Sampling_with_a_gap_that_is_not_positive_is_rejected(double gap, string parameter) =>
        ((Action)(() => Windows.Sample(Math.Sin, 0, gap, 3))).ShouldRejectArgument(parameter).OwnMessage().Should().Contain("gap");

    [Test]
    [KataTask(1)]
    public void Sampling_from_a_start_that_is_not_finite_is_rejected() =>
        ((Action)(() => Windows.Sample(Math.Sin, double.NaN, 0.1, 3))).ShouldRejectArgument("start").OwnMessage().Should().Contain("start");

    [Test]
    [KataTask(1)]
    public void Sampling_no_values_is_rejected() =>
        ((Action)(() => Windows.Sample(Math.Sin, 0, 0.1, 0))).ShouldRejectArgument("count").OwnMessage().Should().Contain("positive");

    [Test]
    [KataTask(2)]
    public void Shifted_windows_at_a_resolution_that_is_not_positive_are_rejected() =>
        ((Action)(() => Windows.Shifted(Math.Sin, [0.0], 0, 3))).ShouldRejectArgument("resolution").OwnMessage().Should().Contain("resolution");

    [Test]
    [KataTask(7)]
    public void Generating_no_values_is_rejected() =>
        ((Action)(() => ClosedLoop.Generate(w => w, [1.0], 0))).ShouldRejectArgument("steps").OwnMessage().Should().Contain("steps");

    [TestCase(2, 1)]
    [TestCase(1, 2)]
    [KataTask(7)]
    public void A_model_that_does_not_return_one_value_is_rejected(int rows, int columns) =>
        ((Action)(() => ClosedLoop.Generate(_ => Matrix<double>.Build.Dense(rows, columns), [1.0], 3)))
            .ShouldRejectArgument("predictNext").OwnMessage().Should().Contain("1×1").And.Contain($"{rows}×{columns}", "the message gives what the model returned");

    [Test]
    [KataTask(6)]
    public void Repeating_the_last_value_of_windows_of_no_values_is_rejected() =>
        ((Action)(() => Baselines.RepeatLast(Matrix<double>.Build.Dense(3, 0)))).ShouldRejectArgument("windows");

    [Test]
    [KataTask(4)]
    public void An_adam_step_with_a_gradient_that_is_not_finite_is_rejected() =>
        ((Action)(() => new Adam().Step(Vector<double>.Build.Dense(2), Vector<double>.Build.Dense([1.0, double.NaN])))).ShouldRejectArgument("gradient");

    [Test]
    [KataTask(3)]
    public void A_loss_of_predictions_or_targets_that_are_not_finite_is_rejected()
    {
        var good = Matrix<double>.Build.Dense(2, 1, 0.5);
        var bad = Matrix<double>.Build.Dense(2, 1, double.NaN);
        ((Action)(() => Losses.MeanSquaredError(bad, good))).ShouldRejectArgument("predictions");
        ((Action)(() => Losses.MeanSquaredError(good, bad))).ShouldRejectArgument("targets");
    }

    [Test]
    [KataTask(2)]
    public void Shifted_windows_from_no_starts_are_rejected() =>
        ((Action)(() => Windows.Shifted(Math.Sin, [], 0.1, 3))).ShouldRejectArgument("starts");

    [Test]
    [KataTask(5)]
    public void Training_an_invalid_network_is_rejected() =>
        ((Action)(() => Training.OnDataset(Options with { Network = Options.Network with { Hidden = 0 } }, Train(), 1)))
            .ShouldRejectArgument("options").Message.Should().Contain("Network");

    [Test]
    [KataTask(6)]
    public void Linear_extrapolation_of_one_value_windows_is_rejected() =>
        ((Action)(() => Baselines.LinearExtrapolation(Matrix<double>.Build.Dense(3, 1)))).ShouldRejectArgument("windows");

    [Test]
    [KataTask(5)]
    public void Training_with_a_learning_rate_that_is_not_positive_is_rejected() =>
        ((Action)(() => Training.OnDataset(Options with { LearningRate = 0 }, Train(), 1))).ShouldRejectArgument("options").Message.Should().Contain("LearningRate");

    [Test]
    [KataTask(5)]
    public void Training_that_reports_every_zero_epochs_is_rejected() =>
        ((Action)(() => Training.OnDataset(Options with { ReportEvery = 0 }, Train(), 1))).ShouldRejectArgument("options").Message.Should().Contain("ReportEvery");

    [TestCase(2, 1)]
    [TestCase(1, 2)]
    [KataTask(5)]
    public void A_network_with_more_than_one_input_or_output_is_rejected(int input, int output) =>
        ((Action)(() => Training.OnDataset(Options with { Network = Options.Network with { Input = input, Output = output } }, Train(), 1)))
            .ShouldRejectArgument("options").Message.Should().Contain("Input = 1");

    [Test]
    [KataTask(5)]
    public void Training_for_no_epochs_is_rejected() =>
        ((Action)(() => Training.OnDataset(Options, Train(), 0))).ShouldRejectArgument("epochs").OwnMessage().Should().Contain("epochs");

    [Test]
    [KataTask(5)]
    public void Training_for_no_iterations_is_rejected() =>
        ((Action)(() => Training.OnRandomWindows(Options, Comp3222.Windows, 0))).ShouldRejectArgument("iterations").OwnMessage().Should().Contain("iterations");

    [Test]
    [KataTask(5)]
    public void A_training_set_smaller_than_one_batch_is_rejected() =>
        ((Action)(() => Training.OnDataset(Options with { BatchSize = 5 }, Train(), 1))).ShouldRejectArgument("train").Message.Should().Contain("fewer than one batch");

    [Test]
    [KataTask(5)]
    public void Outputs_for_windows_of_no_values_are_rejected()
    {
        using var model = Training.OnDataset(Options, Train(), 1);
        ((Action)(() => model.Outputs(Matrix<double>.Build.Dense(2, 0)))).ShouldRejectArgument("windows").OwnMessage().Should().Contain("window");
    }
}
