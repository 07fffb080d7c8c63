using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// The numbers that the messages and pages of RK0006, RK0007 and RK0009 to RK0011 quote (docs/analyzers/), measured
/// here so that the docs say only what double precision really does, and the remedy RK0012 suggests.
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

    // Adam's defaults, as the RK0009 and RK0010 messages quote them.
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;

    [TestCase(0.5)]
    [TestCase(-0.1)]
    [TestCase(2.0)]
    public void Without_bias_correction_Adams_first_ratio_is_sqrt_10_about_3_2_and_with_it_1(double g)
    {
        // The first step from m = v = 0.
        var m = Beta1 * 0 + (1 - Beta1) * g;
        var v = Beta2 * 0 + (1 - Beta2) * g * g;

        var uncorrected = m / (Math.Sqrt(v) + Epsilon);
        var corrected = m / (1 - Math.Pow(Beta1, 1)) / (Math.Sqrt(v / (1 - Math.Pow(Beta2, 1))) + Epsilon);

        uncorrected.Should().BeApproximately(Math.Sign(g) * Math.Sqrt(10), 1e-4, "m = 0.1·g and √v = √0.001·|g|");
        Math.Round(Math.Abs(uncorrected), 1).Should().Be(3.2);
        corrected.Should().BeApproximately(Math.Sign(g), 1e-4);
    }

    [Test]
    public void At_step_0_the_bias_correction_is_zero_and_dividing_by_it_gives_infinity_or_NaN()
    {
        var correction = 1 - Math.Pow(Beta1, 0);
        var m = (1 - Beta1) * 0.5;

        correction.Should().Be(0.0);
        (m / correction).Should().Be(double.PositiveInfinity);
        double.IsNaN(0.0 / correction).Should().BeTrue("a zero gradient gives m = 0, and 0 / 0 is NaN");
    }

    [Test]
    public void Targets_at_the_inputs_indices_make_copying_a_perfect_predictor_and_shifted_ones_do_not()
    {
        var series = Enumerable.Range(0, 21).Select(k => Math.Sin(0.1 * k)).ToArray();
        var inputs = series[..20];
        var unshifted = series[..20];
        var shifted = series[1..21];

        static double MeanSquaredError(double[] p, double[] y) => p.Zip(y, (a, b) => (a - b) * (a - b)).Average();

        MeanSquaredError(inputs, unshifted).Should().Be(0.0, "the identity predicts unshifted targets exactly");
        MeanSquaredError(inputs, shifted).Should().BeGreaterThan(1e-3, "one step of sin(0.1·k) moves by about 0.1·|cos|");
    }

    // Lab 5's first weights: 30 653 entries, enough for Vector<double>.Build.Dense to fill the vector in parallel.
    [TestCase("Normal")]
    [TestCase("ContinuousUniform")]
    public void Build_Random_with_a_distribution_on_a_seeded_Random_gives_the_same_large_vector_every_time(string distribution)
    {
        static MathNet.Numerics.Distributions.IContinuousDistribution Seeded(string name) => name == "Normal"
            ? new MathNet.Numerics.Distributions.Normal(0, 0.1, new Random(7))
            : new MathNet.Numerics.Distributions.ContinuousUniform(-0.1, 0.1, new Random(7));

        var first = Vector<double>.Build.Random(30_653, Seeded(distribution));

        for (int again = 0; again < 3; again++)
            Vector<double>.Build.Random(30_653, Seeded(distribution)).Should().Equal(first, "RK0012 suggests Build.Random as a reproducible remedy");
        first.Distinct().Should().HaveCount(30_653, "the samples are drawn, not one value repeated");
    }
}
