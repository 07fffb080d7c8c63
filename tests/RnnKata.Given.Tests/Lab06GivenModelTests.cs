using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab06;

namespace RnnKata.Given.Tests;

/// <summary>Lab 6's given model pieces: the first weights' layout and count, and one RMSProp step by hand.</summary>
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

    [Test]
    public void One_RMSProp_step_from_a_zero_mean_square_matches_the_hand_computation()
    {
        // s = 0.1·g² (ρ = 0.9), step = lr·g/(√s + ε) = lr·g/(|g|·√0.1 + ε): for g = 2 and −0.5, ±0.01/√0.1 = ±0.0316…
        var theta = Vector<double>.Build.Dense([1.0, 1.0]);
        new RmsProp(0.01, 0.9, 1e-7).Step(theta, Vector<double>.Build.Dense([2.0, -0.5]));

        theta[0].Should().BeApproximately(1 - 0.01 * 2 / (Math.Sqrt(0.1 * 4) + 1e-7), 1e-15);
        theta[1].Should().BeApproximately(1 + 0.01 * 0.5 / (Math.Sqrt(0.1 * 0.25) + 1e-7), 1e-15);
    }
}
