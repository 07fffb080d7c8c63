using RnnKata.Lab04;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 4's given range checks of Adam's hyperparameters (exercises/Lab04.TimeSeries/Given/AdamHyperparameters.cs),
/// which both the exercise's and the solution's Adam constructor call.
/// </summary>
[TestFixture]
public class Lab04GivenAdamHyperparametersTests
{
    [TestCase(1e-3, 0.9, 0.999, 1e-8)]
    [TestCase(double.Epsilon, 0.0, 0.0, double.Epsilon)]
    [TestCase(1e300, 0.999999, 0.999999, 1e300)]
    public void Values_in_range_are_accepted(double lr, double beta1, double beta2, double epsilon) =>
        FluentActions.Invoking(() => AdamHyperparameters.Check(lr, beta1, beta2, epsilon)).Should().NotThrow();

    [TestCase(0.0, 0.9, 0.999, 1e-8, "learningRate")]
    [TestCase(-0.1, 0.9, 0.999, 1e-8, "learningRate")]
    [TestCase(double.NaN, 0.9, 0.999, 1e-8, "learningRate")]
    [TestCase(double.PositiveInfinity, 0.9, 0.999, 1e-8, "learningRate")]
    [TestCase(1e-3, -1e-9, 0.999, 1e-8, "beta1")]
    [TestCase(1e-3, 1.0, 0.999, 1e-8, "beta1")]
    [TestCase(1e-3, double.NaN, 0.999, 1e-8, "beta1")]
    [TestCase(1e-3, 0.9, -1e-9, 1e-8, "beta2")]
    [TestCase(1e-3, 0.9, 1.0, 1e-8, "beta2")]
    [TestCase(1e-3, 0.9, double.NaN, 1e-8, "beta2")]
    [TestCase(1e-3, 0.9, 0.999, 0.0, "epsilon")]
    [TestCase(1e-3, 0.9, 0.999, -1e-8, "epsilon")]
    [TestCase(1e-3, 0.9, 0.999, double.NaN, "epsilon")]
    public void A_value_out_of_range_is_rejected_with_its_name_and_value(double lr, double beta1, double beta2, double epsilon, string name)
    {
        var bad = name switch { "learningRate" => lr, "beta1" => beta1, "beta2" => beta2, _ => epsilon };

        FluentActions.Invoking(() => AdamHyperparameters.Check(lr, beta1, beta2, epsilon))
            .Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == name && Equals(e.ActualValue, bad));
    }

    [Test]
    public void The_adam_constructor_applies_the_checks() =>
        FluentActions.Invoking(() => new Adam(beta2: 1.0)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "beta2");
}
