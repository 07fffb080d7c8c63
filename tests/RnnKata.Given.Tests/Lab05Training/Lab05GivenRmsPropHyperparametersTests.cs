using RnnKata.Lab05;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 5's given range checks of RMSProp's hyperparameters (exercises/Lab05.Seq2Seq/Given/RmsPropHyperparameters.cs), which
/// the exercise's and the solution's RmsProp constructor and learning-rate setter call.
/// </summary>
[TestFixture]
public class Lab05GivenRmsPropHyperparametersTests
{
    [TestCase(0.007, 0.92, 0.5, 1e-10, 1.0)]
    [TestCase(double.Epsilon, 0.0, 0.0, double.Epsilon, 0.0)]
    [TestCase(1e300, 0.999999, 0.999999, 1e300, 1e300)]
    public void Values_in_range_are_accepted(double lr, double decay, double momentum, double epsilon, double accumulator) =>
        FluentActions.Invoking(() => RmsPropHyperparameters.Check(lr, decay, momentum, epsilon, accumulator)).Should().NotThrow();

    [TestCase(0.0, 0.92, 0.5, 1e-10, 1.0, "learningRate")]
    [TestCase(-0.1, 0.92, 0.5, 1e-10, 1.0, "learningRate")]
    [TestCase(double.NaN, 0.92, 0.5, 1e-10, 1.0, "learningRate")]
    [TestCase(double.PositiveInfinity, 0.92, 0.5, 1e-10, 1.0, "learningRate")]
    [TestCase(0.007, -1e-9, 0.5, 1e-10, 1.0, "decay")]
    [TestCase(0.007, 1.0, 0.5, 1e-10, 1.0, "decay")]
    [TestCase(0.007, double.NaN, 0.5, 1e-10, 1.0, "decay")]
    [TestCase(0.007, 0.92, -1e-9, 1e-10, 1.0, "momentum")]
    [TestCase(0.007, 0.92, 1.0, 1e-10, 1.0, "momentum")]
    [TestCase(0.007, 0.92, double.NaN, 1e-10, 1.0, "momentum")]
    [TestCase(0.007, 0.92, 0.5, 0.0, 1.0, "epsilon")]
    [TestCase(0.007, 0.92, 0.5, -1e-10, 1.0, "epsilon")]
    [TestCase(0.007, 0.92, 0.5, double.NaN, 1.0, "epsilon")]
    [TestCase(0.007, 0.92, 0.5, 1e-10, -1e-9, "initialAccumulator")]
    [TestCase(0.007, 0.92, 0.5, 1e-10, double.NaN, "initialAccumulator")]
    [TestCase(0.007, 0.92, 0.5, 1e-10, double.PositiveInfinity, "initialAccumulator")]
    public void A_value_out_of_range_is_rejected_with_its_name_and_value(double lr, double decay, double momentum, double epsilon,
                                                                          double accumulator, string name)
    {
        var bad = name switch
        {
            "learningRate" => lr, "decay" => decay, "momentum" => momentum, "epsilon" => epsilon, _ => accumulator,
        };

        FluentActions.Invoking(() => RmsPropHyperparameters.Check(lr, decay, momentum, epsilon, accumulator))
            .Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == name && Equals(e.ActualValue, bad));
    }

    [Test]
    public void The_rmsprop_constructor_applies_the_checks() =>
        FluentActions.Invoking(() => new RmsProp(momentum: 1.0)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "momentum");

    [TestCase(0.0)]
    [TestCase(double.NaN)]
    public void A_learning_rate_set_out_of_range_is_rejected_and_the_old_one_kept(double lr)
    {
        var optimizer = new RmsProp(learningRate: 0.007);

        FluentActions.Invoking(() => optimizer.LearningRate = lr).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "learningRate");
        optimizer.LearningRate.Should().Be(0.007);
    }

    [Test]
    public void A_learning_rate_in_range_is_kept() =>
        new RmsProp { LearningRate = 0.0007 }.LearningRate.Should().Be(0.0007);
}
