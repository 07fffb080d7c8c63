using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06.Tests;

/// <summary>Task 3: the noise floor, the moving average and "the next value equals the last", by hand.</summary>
[TestFixture]
[KataTask(3)]
public class BaselineTests
{
    private static readonly Matrix<double> Windows = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 4.0, 2.0, 5.0 }, { 0.0, -1.0, 3.0, -6.0 } });

    [TestCase(2.0, 1.0 / 3, TestName = "The lecture's noise 2·U(0,1) has variance 4/12 = 1/3")]
    [TestCase(1.0, 1.0 / 12, TestName = "U(0,1) has variance 1/12")]
    [TestCase(0.0, 0.0, TestName = "No noise, no floor")]
    public void The_noise_floor_is_the_noises_variance(double amplitude, double expected) =>
        Baselines.NoiseFloor(amplitude).Should().BeApproximately(expected, Tolerance.ClosedForm);

    [Test]
    public void The_best_predictor_of_the_noisy_series_scores_the_noise_floor()
    {
        // The sample MSE of sin(0.02t) + 1 against 200 000 noisy values: its standard error is √(4/45)/√200000 ≈ 6.7e-4,
        // so 0.004 is six standard errors; a²/4 (1) or a²/12 without the factor (1/12) are hundreds away.
        const int n = 200_000;
        var noisy = LectureSeries.Noisy(n, seed: 5);
        var expected = LectureSeries.ExpectedValues(n);
        double mse = noisy.Zip(expected, (x, e) => (x - e) * (x - e)).Average();

        mse.Should().BeApproximately(Baselines.NoiseFloor(LectureSeries.NoiseAmplitude), 0.004,
            "no predictor beats the signal plus the noise's mean, and its MSE is the noise's variance");
    }

    [Test]
    public void The_moving_average_is_each_windows_mean() =>
        Baselines.MovingAverage(Windows).Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 3.0 }, { -1.0 } }),
            "(1 + 4 + 2 + 5)/4 = 3 and (0 − 1 + 3 − 6)/4 = −1");

    [Test]
    public void The_last_value_baseline_repeats_each_windows_last_value() =>
        Baselines.LastValue(Windows).Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 5.0 }, { -6.0 } }));

    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    public void A_noise_amplitude_that_is_negative_or_NaN_is_rejected(double amplitude) =>
        ((Action)(() => Baselines.NoiseFloor(amplitude))).ShouldRejectArgument("amplitude").Should().BeOfType<ArgumentOutOfRangeException>()
            .Which.OwnMessage().Should().ContainEquivalentOf("amplitude");
}
