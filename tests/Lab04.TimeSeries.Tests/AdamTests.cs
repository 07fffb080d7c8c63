using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab04.Tests;

/// <summary>Task 4: Adam's first two steps, worked out by hand.</summary>
[TestFixture]
[KataTask(4)]
public class AdamTests
{
    [Test]
    public void The_first_step_moves_each_parameter_by_about_the_learning_rate()
    {
        var theta = Vector<double>.Build.DenseOfArray([1.0, -2.0]);
        var adam = new Adam(learningRate: 0.1);

        adam.Step(theta, Vector<double>.Build.DenseOfArray([0.5, -0.1]));

        // m = 0.1·g, v = 0.001·g²; bias-corrected m̂ = g, v̂ = g²: θ −= 0.1·g/(|g| + 1e-8).
        theta.Should().Equal([1 - 0.1 * 0.5 / (0.5 + 1e-8), -2 + 0.1 * 0.1 / (0.1 + 1e-8)], (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm,
            "with bias correction Adam's first step is lr·sign(g) (without it, θ₀ would move by 0.32)");
        adam.Steps.Should().Be(1);
    }

    [Test]
    public void The_second_step_uses_the_running_means_with_t_equal_two()
    {
        var theta = Vector<double>.Build.DenseOfArray([1.0, -2.0]);
        var adam = new Adam(learningRate: 0.1);

        adam.Step(theta, Vector<double>.Build.DenseOfArray([0.5, -0.1]));
        adam.Step(theta, Vector<double>.Build.DenseOfArray([-0.3, 0.2]));

        // θ₀: m = 0.9·0.05 − 0.1·0.3 = 0.015, v = 0.999·0.00025 + 0.001·0.09 = 0.00033975,
        //     m̂ = 0.015/0.19, v̂ = 0.00033975/0.001999, θ₀ = 0.900000002 − 0.1·m̂/(√v̂ + 1e-8) = 0.88085019894.
        // θ₁: m = −0.009 + 0.02 = 0.011, v = 0.00000999 + 0.00004 = 0.00004999, θ₁ = −1.93661036039.
        theta.Should().Equal([0.8808501989417752, -1.9366103603884888], (a, e) => Math.Abs(a - e) < 1e-10);
        adam.Steps.Should().Be(2);
    }

    [Test]
    public void A_gradient_of_another_length_is_rejected_by_name()
    {
        Action act = () => new Adam().Step(Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(2));

        act.ShouldRejectArgument("gradient", "length 3");
    }
}
