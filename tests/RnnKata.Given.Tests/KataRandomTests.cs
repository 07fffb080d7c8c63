using RnnKata.Given;

namespace RnnKata.Given.Tests;

[TestFixture]
public class KataRandomTests
{
    [Test]
    public void The_same_seed_gives_the_same_matrix() =>
        KataRandom.Normal(3, 5, seed: 7).Equals(KataRandom.Normal(3, 5, seed: 7)).Should().BeTrue();

    [Test]
    public void Different_seeds_give_different_matrices() =>
        KataRandom.Normal(3, 5, seed: 7).Equals(KataRandom.Normal(3, 5, seed: 8)).Should().BeFalse();

    [Test]
    public void Normal_samples_have_the_requested_mean_and_spread()
    {
        var samples = KataRandom.Normal(200, 100, seed: 1, standardDeviation: 2.0).Enumerate().ToArray();

        var mean = samples.Average();
        var std = Math.Sqrt(samples.Select(v => (v - mean) * (v - mean)).Average());
        // 20,000 samples: the standard error of the mean is 2/√20000 ≈ 0.014.
        mean.Should().BeApproximately(0.0, 0.05);
        std.Should().BeApproximately(2.0, 0.05);
    }

    [Test]
    public void Uniform_samples_stay_in_their_interval()
    {
        var samples = KataRandom.Uniform(50, 50, -0.5, 0.25, seed: 3).Enumerate().ToArray();

        samples.Should().OnlyContain(v => v >= -0.5 && v < 0.25);
        samples.Min().Should().BeLessThan(-0.45, "the whole interval is used");
        samples.Max().Should().BeGreaterThan(0.2);
    }

    [TestCase(0, 3)]
    [TestCase(3, 0)]
    public void An_empty_shape_is_rejected(int rows, int columns)
    {
        Action act = () => KataRandom.Normal(rows, columns);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at least one*");
    }
}
