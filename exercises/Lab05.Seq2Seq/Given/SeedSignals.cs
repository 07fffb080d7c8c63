using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab05;

/// <summary>
/// The seed's three data generators (chapter 5, "The data"), each drawing every random number from the
/// <see cref="Random"/> it is given, so a seeded run is reproducible. Each sequence of 2T values is cut in two:
/// the first T are seen, the last T predicted.
/// </summary>
public static class SeedSignals
{
    /// <summary>Exercise 1: sin and cos over <c>linspace(r, 3π + r, 20)</c>, r uniform in [0, 2π): 10 steps seen, 10 predicted, I = 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batch"/> is not positive.</exception>
    public static Seq2SeqBatch SineCosine(int batch, Random random)
    {
        const int steps = 10;
        return Build(batch, steps, 2, random, r =>
        {
            double offset = r.NextDouble() * 2 * Math.PI;
            var t = Linspace(offset, 3 * Math.PI + offset, 2 * steps);
            return [t.Select(Math.Sin).ToArray(), t.Select(Math.Cos).ToArray()];
        });
    }

    /// <summary>
    /// Exercise 2: a sine and a cosine of random phase, each of frequency f = (U − 0.5)/1.5·15 + 0.5 over
    /// <c>linspace(φ, T/15·f·3π + φ, 2T)</c>, amplitudes U + 0.1 (sine) and 1.2·U (cosine), summed. I = 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batch"/> or <paramref name="steps"/> is not positive.</exception>
    public static Seq2SeqBatch TwoFrequencies(int batch, Random random, int steps = 15) =>
        Build(batch, steps, 1, random, r =>
        {
            var sum = Wave(r, steps, Math.Sin, () => r.NextDouble() + 0.1);
            var cosine = Wave(r, steps, Math.Cos, () => r.NextDouble() * 1.2);
            for (int k = 0; k < sum.Length; k++)
                sum[k] += cosine[k];
            return [sum];
        });

    /// <summary>
    /// Exercise 3 before normalising: <see cref="TwoFrequencies"/> of 30 steps, with Gaussian noise of one level
    /// 0.10 + 0.15·U for the whole batch added to the inputs only (the targets stay clean).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batch"/> or <paramref name="steps"/> is not positive.</exception>
    public static Seq2SeqBatch NoisyTwoFrequencies(int batch, Random random, int steps = 30)
    {
        var clean = TwoFrequencies(batch, random, steps);
        double level = random.NextDouble() * 0.15 + 0.10;
        var noisy = clean.Inputs.Select(x => x.Map(v => v + level * Normal.Sample(random, 0, 1))).ToArray();
        return clean with { Inputs = noisy };
    }

    // The seed draws the phase, then the frequency, then the amplitude.
    private static double[] Wave(Random random, int steps, Func<double, double> wave, Func<double> amplitude)
    {
        double offset = random.NextDouble() * 2 * Math.PI;
        double frequency = (random.NextDouble() - 0.5) / 1.5 * 15 + 0.5;
        double a = amplitude();
        var values = Linspace(offset, steps / 15.0 * frequency * 3 * Math.PI + offset, 2 * steps);
        for (int k = 0; k < values.Length; k++)
            values[k] = a * wave(values[k]);
        return values;
    }

    private static double[] Linspace(double from, double to, int count)
    {
        var values = new double[count];
        for (int k = 0; k < count; k++)
            values[k] = from + (to - from) * k / (count - 1);
        return values;
    }

    // One sequence per row: sequence(random) gives I series of 2T values each; the first T are seen, the last T predicted.
    private static Seq2SeqBatch Build(int batch, int steps, int features, Random random, Func<Random, double[][]> sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batch);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        ArgumentNullException.ThrowIfNull(random);
        var inputs = Enumerable.Range(0, steps).Select(_ => Matrix<double>.Build.Dense(batch, features)).ToArray();
        var targets = Enumerable.Range(0, steps).Select(_ => Matrix<double>.Build.Dense(batch, features)).ToArray();
        for (int b = 0; b < batch; b++)
        {
            var series = sequence(random);
            for (int f = 0; f < features; f++)
                for (int t = 0; t < steps; t++)
                {
                    inputs[t][b, f] = series[f][t];
                    targets[t][b, f] = series[f][steps + t];
                }
        }
        return new Seq2SeqBatch(inputs, targets);
    }
}
