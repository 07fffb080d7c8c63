using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.TestSupport.Tests;

public class GradientComparisonTests
{
    private static readonly Matrix<double> X = Matrix<double>.Build.DenseOfArray(new[,] { { 0.3, -1.2 }, { 2.0, 0.7 } });

    // J = Σ x³ / 3: ∂J/∂x = x².
    private static double Loss(Matrix<double> x) => x.Enumerate().Sum(v => v * v * v) / 3;

    [Test]
    public void Right_gradient_is_within_the_gradient_tolerance()
    {
        var x = X.Clone();

        var (error, numeric) = GradientComparison.Compare(x.PointwisePower(2), () => Loss(x), x);

        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck);
        numeric[1, 0].Should().BeApproximately(4.0, 1e-8);
        x.Should().Be(X, "the parameter is restored after nudging");
    }

    [Test]
    public void Gradient_off_by_one_part_in_a_million_is_caught()
    {
        var x = X.Clone();

        var (error, _) = GradientComparison.Compare(x.PointwisePower(2) * (1 + 1e-6), () => Loss(x), x);

        error.Should().BeGreaterThan(Tolerance.GradientCheck);
    }

    [Test]
    public void Vector_gradient_with_a_wrong_sign_is_caught()
    {
        var v = Vector<double>.Build.DenseOfArray([0.5, -0.25]);

        var (error, _) = GradientComparison.Compare(-2 * v, () => v.DotProduct(v), v);

        error.Should().BeGreaterThan(0.5);
    }

    [TestCase(0.5, 1e-2)]
    [TestCase(-3.0, 3e-2)]
    [TestCase(200.0, 2.0)]
    public void Floor_grows_with_the_loss_above_one(double loss, double expected) =>
        GradientComparison.Floor(loss).Should().BeApproximately(expected, 1e-15);
}
