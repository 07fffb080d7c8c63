using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.TestSupport;

namespace RnnKata.Given.Tests;

[TestFixture]
public class FiniteDifferencesTests
{
    [Test]
    public void Gradient_of_the_sum_of_squares_is_twice_the_matrix()
    {
        var w = KataRandom.Normal(3, 4, seed: 11);

        var numeric = FiniteDifferences.Gradient(() => w.Enumerate().Sum(v => v * v), w);

        FiniteDifferences.RelativeError(2 * w, numeric).Should().BeLessThan(Tolerance.FiniteDifferencesOfClosedForm);
    }

    [Test]
    public void Gradient_of_the_sum_of_tanh_is_one_minus_tanh_squared()
    {
        var w = KataRandom.Normal(2, 5, seed: 12);

        var numeric = FiniteDifferences.Gradient(() => w.Enumerate().Sum(Math.Tanh), w);

        var analytic = w.Map(v => 1 - Math.Tanh(v) * Math.Tanh(v));
        FiniteDifferences.RelativeError(analytic, numeric).Should().BeLessThan(Tolerance.FiniteDifferencesOfClosedForm);
    }

    [Test]
    public void Gradient_with_respect_to_a_vector_matches_the_closed_form()
    {
        var b = Vector<double>.Build.DenseOfArray([0.5, -1.0, 2.0]);

        var numeric = FiniteDifferences.Gradient(() => b.Sum(v => Math.Exp(v)), b);

        FiniteDifferences.RelativeError(b.Map(Math.Exp), numeric).Should().BeLessThan(Tolerance.FiniteDifferencesOfClosedForm);
    }

    [Test]
    public void The_parameter_holds_its_original_values_afterwards()
    {
        var w = KataRandom.Normal(3, 3, seed: 13);
        var copy = w.Clone();

        FiniteDifferences.Gradient(() => w.Enumerate().Sum(Math.Sin), w);

        w.Equals(copy).Should().BeTrue();
    }

    [Test]
    public void A_wrong_gradient_shows_a_large_relative_error()
    {
        var w = KataRandom.Normal(3, 4, seed: 14);
        var numeric = FiniteDifferences.Gradient(() => w.Enumerate().Sum(v => v * v), w);

        FiniteDifferences.RelativeError(w, numeric).Should().BeGreaterThan(0.1, "w is half the true gradient 2w");
    }

    [Test]
    public void Gradients_of_different_shapes_are_rejected()
    {
        Action act = () => FiniteDifferences.RelativeError(Matrix<double>.Build.Dense(2, 2), Matrix<double>.Build.Dense(2, 3));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "numeric");
    }
}
