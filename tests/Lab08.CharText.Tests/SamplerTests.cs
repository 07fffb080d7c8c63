using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08.Tests;

/// <summary>Task 3: greedy choice, the tempered softmax, and seeded draws from it.</summary>
[TestFixture]
[KataTask(3)]
public class SamplerTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.Dense(values);

    [Test]
    public void Greedy_takes_the_largest_logit_and_the_first_on_a_tie()
    {
        Sampler.Greedy(V(0.1, 2.5, -3, 2.4)).Should().Be(1);
        Sampler.Greedy(V(1, 3, 3, 0)).Should().Be(1, "the first of two equal maxima, as np.argmax does");
    }

    [Test]
    public void A_temperature_divides_the_logits_not_the_probabilities()
    {
        // softmax(z/T) with z = (0, ln 3), T = 0.5: (1, 9)/10. Dividing the probabilities (0.25, 0.75) by T and renormalising gives them back unchanged.
        Matrices.ShouldBeClose(Sampler.Probabilities(V(0, Math.Log(3)), 0.5), V(0.1, 0.9), "T < 1 sharpens: softmax(2z)");
        Matrices.ShouldBeClose(Sampler.Probabilities(V(0, Math.Log(3)), 1.0), V(0.25, 0.75), "T = 1 is the plain softmax");
        Matrices.ShouldBeClose(Sampler.Probabilities(V(0, Math.Log(9)), 2.0), V(0.25, 0.75), "T > 1 flattens: softmax(z/2)");
    }

    [Test]
    public void Large_logits_do_not_overflow() =>
        Matrices.ShouldBeClose(Sampler.Probabilities(V(800, 800 + Math.Log(3)), 0.5), V(0.1, 0.9), "the max shift");

    [Test]
    public void A_draw_is_the_first_index_whose_cumulative_probability_exceeds_one_uniform_number()
    {
        var logits = V(0.3, -1.0, 1.2, 0.0, 0.7);
        var probabilities = Sampler.Probabilities(logits, 1.3);
        var (random, replay) = (new Random(5), new Random(5));

        for (int draw = 0; draw < 200; draw++)
        {
            double u = replay.NextDouble();
            int expected = Enumerable.Range(0, 5).First(i => probabilities.Take(i + 1).Sum() > u || i == 4);
            Sampler.Sample(logits, 1.3, random).Should().Be(expected, "draw {0}: u = {1}, one NextDouble per draw", draw, u);
        }
    }

    [Test]
    public void Draws_follow_the_tempered_probabilities()
    {
        var logits = V(1.0, 0.0, 2.0);
        var random = new Random(11);
        const int draws = 20000;

        var counts = new int[3];
        for (int i = 0; i < draws; i++)
            counts[Sampler.Sample(logits, 1.5, random)]++;

        var expected = Sampler.Probabilities(logits, 1.5);
        for (int i = 0; i < 3; i++)
            ((double)counts[i] / draws).Should().BeApproximately(expected[i], 0.015, "over {0} draws each frequency is within about 4 standard errors of its probability", draws);
    }

    [Test]
    public void A_character_of_probability_zero_is_never_drawn()
    {
        // exp(−1000) underflows to 0: with u = 0 the first cumulative sum equals u, and only "exceeds" skips the empty character.
        Sampler.Sample(V(-1000, 0), 1.0, new FixedRandom(0.0)).Should().Be(1);
        Sampler.Sample(V(0, 0), 1.0, new FixedRandom(0.5)).Should().Be(1, "u = 0.5 equals the first cumulative sum, which does not exceed it");
    }

    [Test]
    public void As_the_temperature_goes_to_zero_sampling_becomes_greedy()
    {
        var random = new Random(3);
        for (int trial = 0; trial < 50; trial++)
        {
            var logits = V(Enumerable.Range(0, 6).Select(_ => random.NextDouble() * 4 - 2).ToArray());
            Sampler.Sample(logits, 1e-6, random).Should().Be(Sampler.Greedy(logits), "trial {0}: softmax(z/T) puts all its mass on the largest logit", trial);
        }
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void A_temperature_that_is_not_a_positive_finite_number_is_rejected(double temperature)
    {
        ((Action)(() => Sampler.Probabilities(V(1, 2), temperature))).ShouldRejectArgument("temperature").Should().BeOfType<ArgumentOutOfRangeException>()
            .Which.OwnMessage().Should().Contain("temperature");
        ((Action)(() => Sampler.Sample(V(1, 2), temperature, new Random(1)))).ShouldRejectArgument("temperature");
    }

    [Test]
    public void Empty_or_NaN_logits_are_rejected()
    {
        ((Action)(() => Sampler.Greedy(Vector<double>.Build.Dense(0)))).ShouldRejectArgument("logits").OwnMessage().Should().NotContain("NaN");
        ((Action)(() => Sampler.Greedy(V(1, double.NaN)))).ShouldRejectArgument("logits").OwnMessage().Should().Contain("NaN");
        ((Action)(() => Sampler.Probabilities(Vector<double>.Build.Dense(0), 1))).ShouldRejectArgument("logits").OwnMessage().Should().NotBeNullOrWhiteSpace();
        ((Action)(() => Sampler.Sample(V(1, double.NaN), 1, new Random(1)))).ShouldRejectArgument("logits");
    }

    // A Random whose every NextDouble is the same number.
    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
