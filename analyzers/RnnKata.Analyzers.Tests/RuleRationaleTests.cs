using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// The numbers that the messages and pages of RK0006 and RK0007 quote (docs/analyzers/), measured
/// here so that the docs say only what double precision really does.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class RuleRationaleTests
{
    [Test]
    public void Exp_of_709_is_finite_and_exp_of_710_is_already_infinite()
    {
        double.IsFinite(Math.Exp(709)).Should().BeTrue();
        Math.Exp(710).Should().Be(double.PositiveInfinity);
    }

    [Test]
    public void A_softmax_without_the_shift_turns_a_logit_of_1000_into_NaN_and_the_shifted_one_does_not()
    {
        var z = Vector<double>.Build.DenseOfArray([1000.0, 0.0]);

        var e = z.PointwiseExp();
        var naive = e / e.Sum();
        var shiftedExp = (z - z.Maximum()).PointwiseExp();
        var shifted = shiftedExp / shiftedExp.Sum();

        double.IsNaN(naive[0]).Should().BeTrue("exp(1000) = ∞ and ∞ / ∞ is NaN");
        naive[1].Should().Be(0.0);
        shifted[0].Should().Be(1.0);
        shifted[1].Should().BeApproximately(0.0, 1e-300);
    }

    [Test]
    public void A_softmax_without_the_shift_turns_very_negative_logits_into_NaN_too()
    {
        var z = Vector<double>.Build.DenseOfArray([-1000.0, -1001.0]);

        var e = z.PointwiseExp();
        var naive = e / e.Sum();
        var shiftedExp = (z - z.Maximum()).PointwiseExp();
        var shifted = shiftedExp / shiftedExp.Sum();

        double.IsNaN(naive[0]).Should().BeTrue("exp(-1000) underflows to 0 and 0 / 0 is NaN");
        shifted[0].Should().BeApproximately(1 / (1 + Math.Exp(-1)), 1e-15);
    }

    [TestCase(0.5, 0.7864477329659274, 0.75)]
    [TestCase(2.0, 0.07065082485316443, -3.0)]
    public void Tanh_derivative_from_the_output_differs_from_one_minus_the_squared_pre_activation(
        double a, double fromOutput, double fromPreActivation)
    {
        var h = Math.Tanh(a);

        (1 - h * h).Should().BeApproximately(fromOutput, 1e-15);
        (1 - a * a).Should().Be(fromPreActivation);
        // The true derivative, by central differences.
        ((Math.Tanh(a + 1e-6) - Math.Tanh(a - 1e-6)) / 2e-6).Should().BeApproximately(fromOutput, 1e-9);
    }
}
