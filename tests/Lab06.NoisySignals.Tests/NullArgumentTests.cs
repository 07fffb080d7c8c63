using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06.Tests;

/// <summary>A missing argument is an <see cref="ArgumentNullException"/> that names it, thrown before any work.</summary>
[TestFixture]
public class NullArgumentTests
{
    private static DenseReluHead Head() => new(Matrix<double>.Build.Dense(2, 2, 0.1), Vector<double>.Build.Dense(2), Matrix<double>.Build.Dense(1, 2, 0.2),
                                               Vector<double>.Build.Dense(1));

    [Test]
    public void The_windows_name_a_missing_argument()
    {
        ShouldRejectNull(() => SeriesWindows.Sliding(null!, 2), "series");
        ShouldRejectNull(() => SeriesWindows.AsSequence(null!, WindowLayout.StepsOfOneValue), "windows");
    }

    [Test]
    public void The_head_names_a_missing_argument()
    {
        var head = Head();
        ShouldRejectNull(() => head.Forward(null!), "h");
        ShouldRejectNull(() => head.Backward(null!, Matrix<double>.Build.Dense(1, 1)), "run");
        var run = head.Forward(Matrix<double>.Build.Dense(1, 2));
        ShouldRejectNull(() => head.Backward(run, null!), "dOutput");
    }

    [Test]
    public void The_baselines_returns_and_split_name_a_missing_argument()
    {
        ShouldRejectNull(() => Baselines.MovingAverage(null!), "windows");
        ShouldRejectNull(() => Baselines.LastValue(null!), "windows");
        ShouldRejectNull(() => Returns.FromPrices(null!), "prices");
        ShouldRejectNull(() => Returns.NextPrices(null!, [0.0]), "today");
        ShouldRejectNull(() => Returns.NextPrices([1.0], null!), "predictedReturns");
        ShouldRejectNull(() => ChronologicalSplit.AtCount(null!, 1), "series");
        ShouldRejectNull(() => ChronologicalSplit.AtFraction(null!, 0.5), "series");
    }

    [Test]
    public void An_rmsprop_step_names_missing_parameters_or_gradient()
    {
        var one = Vector<double>.Build.Dense(1);
        ShouldRejectNull(() => new RmsProp(0.01, 0.9, 1e-7).Step(null!, one), "parameters");
        ShouldRejectNull(() => new RmsProp(0.01, 0.9, 1e-7).Step(one, null!), "gradient");
    }

    [Test]
    public void Training_names_a_missing_argument()
    {
        ShouldRejectNull(() => Training.Fit(null!, SeriesWindows.Sliding([1.0, 2.0, 3.0], 2)), "options");
        ShouldRejectNull(() => Training.Fit(new TrainingOptions(), null!), "train");
    }

    private static void ShouldRejectNull(Action act, string parameter) =>
        act.ShouldRejectArgument(parameter).Should().BeOfType<ArgumentNullException>("a missing {0} is an ArgumentNullException", parameter);
}
