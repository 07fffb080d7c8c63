using RnnKata.Lab06;

namespace RnnKata.Given.Tests;

/// <summary>Lab 6's given lecture series (exercises/Lab06.NoisySignals/Given/LectureSeries.cs).</summary>
[TestFixture]
public class Lab06GivenLectureSeriesTests
{
    [Test]
    public void The_noisy_series_is_the_signal_plus_two_uniform_draws_in_order()
    {
        var random = new Random(8);
        var expected = Enumerable.Range(0, 5).Select(t => Math.Sin(0.02 * t) + 2 * random.NextDouble()).ToArray();

        LectureSeries.Noisy(5, seed: 8).Should().Equal(expected);
        LectureSeries.Noisy(seed: 8).Should().HaveCount(1000).And.StartWith(expected);
    }

    [Test]
    public void The_noise_lies_in_zero_to_two_around_the_signal() =>
        LectureSeries.Noisy(seed: 3).Select((x, t) => x - LectureSeries.Signal(t)).Should().OnlyContain(e => e >= 0 && e < 2);

    [Test]
    public void The_expected_value_is_the_signal_plus_the_noises_mean() =>
        LectureSeries.ExpectedValues(3).Should().Equal(1.0, Math.Sin(0.02) + 1, Math.Sin(0.04) + 1);

    [Test]
    public void A_series_of_no_values_is_rejected() =>
        FluentActions.Invoking(() => LectureSeries.Noisy(0, seed: 1)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("length");
}
