using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;
using RnnKata.TestSupport;

namespace RnnKata.Lab04.Tests;

/// <summary>
/// A missing argument is an <see cref="ArgumentNullException"/> that names it, thrown before any work (a
/// <see cref="NullReferenceException"/> a few lines later names nothing).
/// </summary>
[TestFixture]
public class NullArgumentTests
{
    private static readonly TrainingOptions Options = new(new NetworkSpec(RecurrentCell.Elman, 3, Readout: Readout.LastStep),
                                                          LossFunction.MeanSquaredError, OptimizerKind.Adam, 0.01, BatchSize: 2, Backend: "simd");

    private static Matrix<double> Good => Matrix<double>.Build.Dense(2, 2, 0.5);

    // A method, not a field: on a fresh checkout Windows.Sliding is a stub, and a field would fail every test of the class.
    private static WindowBatch Train() => Windows.Sliding([0.1, 0.2, 0.3, 0.4, 0.5], 2);

    [Test]
    [KataTask(2)]
    public void The_window_makers_name_a_missing_argument()
    {
        ShouldRejectNull(() => Windows.Sample(null!, 0, 0.1, 3), "f");
        ShouldRejectNull(() => Windows.Sliding(null!, 2), "series");
        ShouldRejectNull(() => Windows.Shifted(null!, [0.0], 0.1, 3), "series");
        ShouldRejectNull(() => Windows.Shifted(Math.Sin, null!, 0.1, 3), "starts");
        ShouldRejectNull(() => Windows.Random(null!, 2, new Random(1)), "source");
        ShouldRejectNull(() => Windows.Random(Comp3222.Windows, 2, null!), "random");
    }

    [Test]
    [KataTask(3)]
    public void The_losses_name_missing_predictions_or_targets()
    {
        ShouldRejectNull(() => Losses.MeanSquaredError(null!, Good), "predictions");
        ShouldRejectNull(() => Losses.MeanSquaredError(Good, null!), "targets");
    }

    [Test]
    [KataTask(5)]
    public void An_adam_step_names_missing_parameters_or_gradient()
    {
        ShouldRejectNull(() => new Adam().Step(null!, Vector<double>.Build.Dense(2)), "parameters");
        ShouldRejectNull(() => new Adam().Step(Vector<double>.Build.Dense(2), null!), "gradient");
    }

    [Test]
    [KataTask(7)]
    public void The_baselines_and_the_closed_loop_name_a_missing_argument()
    {
        ShouldRejectNull(() => Baselines.RepeatLast(null!), "windows");
        ShouldRejectNull(() => Baselines.LinearExtrapolation(null!), "windows");
        ShouldRejectNull(() => ClosedLoop.Generate(null!, [1.0], 3), "predictNext");
        ShouldRejectNull(() => ClosedLoop.Generate(w => w, null!, 3), "seed");
    }

    [Test]
    [KataTask(5)]
    public void The_training_loops_name_missing_options_network_or_data()
    {
        ShouldRejectNull(() => Training.OnRandomWindows(null!, Comp3222.Windows, 3), "options");
        ShouldRejectNull(() => Training.OnRandomWindows(Options with { Network = null! }, Comp3222.Windows, 3), "options");
        ShouldRejectNull(() => Training.OnRandomWindows(Options, null!, 3), "source");
        ShouldRejectNull(() => Training.OnDataset(null!, Train(), 1), "options");
        ShouldRejectNull(() => Training.OnDataset(Options, null!, 1), "train");
    }

    [Test]
    [KataTask(5)]
    public void A_trained_model_names_missing_windows()
    {
        using var model = Training.OnDataset(Options, Train(), 1);
        ShouldRejectNull(() => model.Outputs(null!), "windows");
        ShouldRejectNull(() => model.PredictNext(null!), "windows");
    }

    private static void ShouldRejectNull(Action act, string parameter) =>
        act.ShouldRejectArgument(parameter).Should().BeOfType<ArgumentNullException>("a missing {0} is an ArgumentNullException", parameter);
}
