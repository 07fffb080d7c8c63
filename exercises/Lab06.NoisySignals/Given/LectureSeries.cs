namespace RnnKata.Lab06;

/// <summary>
/// The lecture's series (chapter 6, "The lecture's data"): <c>x(t) = sin(0.02·t) + 2·u(t)</c>, u uniform in
/// [0, 1), t = 0 … 999; the first 800 values train, windows of 4 values predict the next.
/// </summary>
public static class LectureSeries
{
    /// <summary>N, values in the series.</summary>
    public const int Length = 1000;

    /// <summary>Tp, values before the split.</summary>
    public const int TrainLength = 800;

    /// <summary>T, values per window (the lecture's <c>step</c>).</summary>
    public const int Steps = 4;

    /// <summary>The noise's amplitude a: the noise is a·U(0, 1).</summary>
    public const double NoiseAmplitude = 2;

    /// <summary>The noise-free signal at time <paramref name="t"/>: <c>sin(0.02·t)</c>.</summary>
    public static double Signal(double t) => Math.Sin(0.02 * t);

    /// <summary>
    /// The best prediction of x(t) anyone can make: the signal plus the noise's mean, <c>sin(0.02·t) + a/2</c>.
    /// Scoring against it measures how well a model denoises.
    /// </summary>
    public static double Expected(double t) => Signal(t) + NoiseAmplitude / 2;

    /// <summary>The noisy series, drawn in order from <c>new Random(seed)</c> (one <c>NextDouble()</c> per value).</summary>
    public static double[] Noisy(int seed) => Noisy(Length, seed);

    /// <summary>The first <paramref name="length"/> values of the noisy series of <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive.</exception>
    public static double[] Noisy(int length, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(t => Signal(t) + NoiseAmplitude * random.NextDouble()).ToArray();
    }

    /// <summary><see cref="Expected"/> at t = 0 … <paramref name="length"/> − 1.</summary>
    public static double[] ExpectedValues(int length = Length) => Enumerable.Range(0, length).Select(t => Expected(t)).ToArray();
}
