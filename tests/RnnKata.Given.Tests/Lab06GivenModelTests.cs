using RnnKata.Lab06;

namespace RnnKata.Given.Tests;

/// <summary>Lab 6's given first weights (Given/InitialParameters.cs: their layout, count and ranges) and RmsProp's given range checks.</summary>
[TestFixture]
public class Lab06GivenModelTests
{
    [Test]
    public void The_lecture_model_has_the_engines_parameter_count()
    {
        // Elman 32 on one feature: 32·1 + 32·32 + 32 + 32 (two biases, PyTorch's layout); Dense(8): 8·32 + 8; Dense(1): 8 + 1.
        // (Keras's summary of the lecture's model: 4·32 + 32·32 + 32 = 1 184 for its one step of 4 features and one bias.)
        InitialParameters.Draw(new TrainingOptions(), LectureSeries.Steps).Count.Should().Be(1120 + 264 + 9);
        InitialParameters.Draw(new TrainingOptions(WindowLayout.OneStepOfAllValues), LectureSeries.Steps).Count.Should().Be(1120 + 3 * 32 + 264 + 9,
            "one step of 4 features: W_ih is 32 × 4");
    }

    [Test]
    public void The_output_layer_is_drawn_within_one_over_root_K()
    {
        var options = new TrainingOptions(HeadHidden: 8);
        var parameters = InitialParameters.Draw(options, 4);

        parameters.SubVector(parameters.Count - 9, 9).Enumerate().Should().OnlyContain(v => Math.Abs(v) <= 1 / Math.Sqrt(8));
        parameters.SubVector(0, parameters.Count - 9).Enumerate().Should().OnlyContain(v => Math.Abs(v) <= 1 / Math.Sqrt(32));
    }

    // RmsProp's constructor is given (its Step is Task 5): the range checks run before any step.
    [TestCase(0.0, 0.9, 1e-7, "learningRate")]
    [TestCase(double.PositiveInfinity, 0.9, 1e-7, "learningRate")]
    [TestCase(0.01, 1.0, 1e-7, "rho")]
    [TestCase(0.01, -0.1, 1e-7, "rho")]
    [TestCase(0.01, 0.9, 0.0, "epsilon")]
    public void RmsProp_hyperparameters_out_of_range_are_rejected_by_name(double lr, double rho, double epsilon, string name) =>
        FluentActions.Invoking(() => new RmsProp(lr, rho, epsilon)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(name);

    [Test]
    public void RmsProp_keeps_the_hyperparameters_it_was_given()
    {
        var optimizer = new RmsProp(1e-3, 0.9, 1e-7);

        (optimizer.LearningRate, optimizer.Rho, optimizer.Epsilon).Should().Be((1e-3, 0.9, 1e-7));
    }
}
