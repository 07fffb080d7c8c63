using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08.Tests;

/// <summary>Task 5: Adagrad's running sum of squares, two steps by hand, and clipping by value.</summary>
[TestFixture]
[KataTask(5)]
public class AdagradTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.Dense(values);

    [Test]
    public void The_first_step_moves_every_parameter_by_the_learning_rate_against_its_gradients_sign()
    {
        // s = g², so θ ← θ − lr·g/(|g| + ε): a step of lr whatever the gradient's size; a zero gradient does not move.
        var theta = V(1.0, 1.0, 1.0);
        new Adagrad(0.1).Step(theta, V(4.0, -0.01, 0.0));

        Matrices.ShouldBeClose(theta, V(1 - 0.1 * 4 / (4 + 1e-10), 1 + 0.1 * 0.01 / (0.01 + 1e-10), 1.0), "s = 0 + g²; θ ← θ − lr·g/(√s + ε)");
    }

    [Test]
    public void The_second_step_divides_by_the_root_of_the_summed_squares()
    {
        var theta = V(0.0);
        var adagrad = new Adagrad(0.5, 1e-8);
        adagrad.Step(theta, V(3.0));    // s = 9,  θ = −0.5·3/(3 + ε)
        adagrad.Step(theta, V(-4.0));   // s = 25, θ += 0.5·4/(5 + ε)

        theta[0].Should().BeApproximately(-0.5 * 3 / (3 + 1e-8) + 0.5 * 4 / (5 + 1e-8), Tolerance.ClosedForm,
            "the sum of squares grows with every step and never decays (unlike RMSProp's mean)");
    }

    [Test]
    public void Clipping_clamps_each_entry_and_leaves_the_gradient_as_it_was()
    {
        var gradient = V(7.0, -0.3, -12.0, 5.0);

        var clipped = Adagrad.ClipByValue(gradient, 5);

        clipped.Should().Equal(5.0, -0.3, -5.0, 5.0);
        gradient.Should().Equal(7.0, -0.3, -12.0, 5.0);
    }

    [Test]
    public void A_gradient_of_another_length_or_not_finite_is_rejected()
    {
        ((Action)(() => new Adagrad(0.1).Step(V(1.0, 2.0), V(1.0)))).ShouldRejectArgument("gradient");
        ((Action)(() => new Adagrad(0.1).Step(V(1.0, 2.0), V(1.0, double.PositiveInfinity)))).ShouldRejectArgument("gradient");
    }

    [Test]
    public void Parameters_of_another_length_than_the_first_steps_are_rejected()
    {
        var adagrad = new Adagrad(0.1);
        adagrad.Step(V(1.0, 2.0), V(0.5, 0.5));

        ((Action)(() => adagrad.Step(V(1.0, 2.0, 3.0), V(0.5, 0.5, 0.5)))).ShouldRejectArgument("parameters").OwnMessage().Should()
            .Contain("3").And.Contain("2", "the message gives the length now and in earlier steps");
    }

    [TestCase(0.0)]
    [TestCase(double.NaN)]
    public void Clipping_needs_a_positive_finite_limit_and_a_gradient_without_NaN(double limit)
    {
        ((Action)(() => Adagrad.ClipByValue(V(1.0), limit))).ShouldRejectArgument("limit").OwnMessage().Should().NotBeNullOrWhiteSpace();
        ((Action)(() => Adagrad.ClipByValue(V(1.0, double.NaN), 1.0))).ShouldRejectArgument("gradient").OwnMessage().Should().Contain("NaN");
    }

    [Test]
    public void The_optimizer_rejects_each_hyperparameter_beyond_its_range()
    {
        // The constructor is given (and repeated by the reference); a step first makes this a Task 5 test.
        var theta = V(1.0);
        new Adagrad(1e-9, 1e-300).Step(theta, V(2.0));
        theta[0].Should().BeLessThan(1.0, "tiny positive rates are rates");

        foreach (var (build, name) in new (Action Build, string Name)[]
                 {
                     (() => _ = new Adagrad(0.0), "learningRate"), (() => _ = new Adagrad(-0.1), "learningRate"),
                     (() => _ = new Adagrad(double.NaN), "learningRate"), (() => _ = new Adagrad(double.PositiveInfinity), "learningRate"),
                     (() => _ = new Adagrad(0.1, 0.0), "epsilon"), (() => _ = new Adagrad(0.1, double.PositiveInfinity), "epsilon"),
                 })
        {
            build.ShouldRejectArgument(name).OwnMessage().Should().NotBeNullOrWhiteSpace();
        }
    }
}
