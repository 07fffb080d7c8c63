using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06.Tests;

/// <summary>Task 5: RMSProp as Keras runs it, two steps worked by hand.</summary>
[TestFixture]
[KataTask(5)]
public class RmsPropTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.Dense(values);

    [Test]
    public void The_first_step_divides_by_the_root_of_a_tenth_of_the_squared_gradient()
    {
        // s = 0.1·g² (ρ = 0.9, s from 0), so the step is lr·g/(|g|·√0.1 + ε): about ±0.0316 for any g ≠ 0.
        var theta = V(1.0, 1.0, 1.0);
        new RmsProp(0.01, 0.9, 1e-7).Step(theta, V(2.0, -0.5, 0.0));

        Matrices.ShouldBeClose(theta, V(1 - 0.01 * 2 / (Math.Sqrt(0.4) + 1e-7), 1 + 0.01 * 0.5 / (Math.Sqrt(0.025) + 1e-7), 1.0),
            "s = ρ·0 + (1 − ρ)·g², θ ← θ − lr·g/(√s + ε); a zero gradient leaves its parameter where it is");
    }

    [Test]
    public void The_second_step_uses_the_mean_square_of_both_gradients()
    {
        var theta = V(0.0);
        var optimizer = new RmsProp(0.1, 0.5, 1e-7);
        optimizer.Step(theta, V(4.0));   // s = 0.5·16 = 8, θ = −0.4/(√8 + ε)
        optimizer.Step(theta, V(-2.0));  // s = 0.5·8 + 0.5·4 = 6, θ += 0.2/(√6 + ε)

        theta[0].Should().BeApproximately(-0.4 / (Math.Sqrt(8) + 1e-7) + 0.2 / (Math.Sqrt(6) + 1e-7), Tolerance.ClosedForm,
            "the mean square carries over from step to step, decayed by ρ");
    }

    [Test]
    public void A_gradient_of_another_length_is_rejected() =>
        ((Action)(() => new RmsProp(0.01, 0.9, 1e-7).Step(V(1.0, 2.0), V(1.0)))).ShouldRejectArgument("gradient");

    [Test]
    public void A_gradient_that_is_not_finite_is_rejected() =>
        ((Action)(() => new RmsProp(0.01, 0.9, 1e-7).Step(V(1.0, 2.0), V(1.0, double.NaN)))).ShouldRejectArgument("gradient");

    [Test]
    public void Parameters_of_another_length_than_the_first_steps_are_rejected()
    {
        var optimizer = new RmsProp(0.01, 0.9, 1e-7);
        optimizer.Step(V(1.0, 2.0), V(0.5, 0.5));

        ((Action)(() => optimizer.Step(V(1.0, 2.0, 3.0), V(0.5, 0.5, 0.5)))).ShouldRejectArgument("parameters").OwnMessage().Should()
            .Contain("3").And.Contain("2", "the message gives the length now and in earlier steps");
    }
}
