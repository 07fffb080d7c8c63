namespace RnnKata.Engine;

/// <summary>
/// Seeded float32 data of the benchmark configurations, as <c>/work/shared/peer-bench/Bench.cs</c> makes
/// it, but time-major ([T × B × F]) as the engine wants it.
/// </summary>
public static class BenchmarkData
{
    /// <summary>
    /// Sine windows: s_b(t) = sin(φ_b + ω_b·t), φ uniform in [0, 2π), ω uniform in [0.1, 0.5), for t = 0 … steps + horizon − 1.
    /// Returns the first <paramref name="steps"/> values as inputs [steps × B × 1] and the next <paramref name="horizon"/> as
    /// targets [horizon × B × 1].
    /// </summary>
    public static (float[] Inputs, float[] Next) SineWindows(int batch, int steps, int horizon, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        ArgumentNullException.ThrowIfNull(random);
        var inputs = new float[steps * batch];
        var next = new float[horizon * batch];
        for (var b = 0; b < batch; b++)
        {
            var phase = random.NextDouble() * 2 * Math.PI;
            var omega = 0.1 + random.NextDouble() * 0.4;
            for (var t = 0; t < steps + horizon; t++)
            {
                var value = (float)Math.Sin(phase + omega * t);
                if (t < steps)
                    inputs[t * batch + b] = value;
                else
                    next[(t - steps) * batch + b] = value;
            }
        }
        return (inputs, next);
    }

    /// <summary>
    /// Random characters: ids uniform in [0, V) for T + 1 steps; inputs are the one-hot rows of the first T
    /// ([T × B × V]), targets the class index of step T+1 for every sequence ([B]).
    /// </summary>
    public static (float[] Inputs, float[] Classes) OneHotChars(int batch, int steps, int vocabulary, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(vocabulary, 2);
        ArgumentNullException.ThrowIfNull(random);
        var inputs = new float[steps * batch * vocabulary];
        var classes = new float[batch];
        for (var b = 0; b < batch; b++)
        {
            for (var t = 0; t < steps; t++)
                inputs[(t * batch + b) * vocabulary + random.Next(vocabulary)] = 1f;
            classes[b] = random.Next(vocabulary);
        }
        return (inputs, classes);
    }

    /// <summary><paramref name="count"/> standard normal floats (Box–Muller).</summary>
    public static float[] Gaussian(int count, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(random);
        var values = new float[count];
        for (var i = 0; i < count; i++)
            values[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        return values;
    }
}
