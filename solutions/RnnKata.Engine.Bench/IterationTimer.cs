using System.Diagnostics;

namespace RnnKata.Engine.Bench;

/// <summary>The peer benchmark's timing: warm-up, then timed iterations, median / min / p90 in milliseconds.</summary>
internal static class IterationTimer
{
    /// <summary>The figures of one measurement.</summary>
    public readonly record struct Timing(double Median, double Min, double P90, int Iterations);

    /// <summary>
    /// Warm-up: at least 5 iterations and <paramref name="warmSeconds"/> (at most 200 iterations); then iterations until
    /// <paramref name="targetSeconds"/> have passed, at least <paramref name="minIterations"/> and at most <paramref name="maxIterations"/>.
    /// </summary>
    public static Timing Time(Action step, double warmSeconds, double targetSeconds, int minIterations = 7, int maxIterations = 400)
    {
        var clock = Stopwatch.StartNew();
        for (var w = 0; w < 5 || clock.Elapsed.TotalSeconds < warmSeconds; w++)
        {
            step();
            if (w >= 200)
                break;
        }
        var times = new List<double>();
        clock.Restart();
        while (times.Count < minIterations || (times.Count < maxIterations && clock.Elapsed.TotalSeconds < targetSeconds))
        {
            var t0 = Stopwatch.GetTimestamp();
            step();
            times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        times.Sort();
        return new Timing(times[times.Count / 2], times[0], times[(int)(0.9 * (times.Count - 1))], times.Count);
    }

    /// <summary>The median (mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var a = values.Order().ToArray();
        return a.Length % 2 == 1 ? a[a.Length / 2] : 0.5 * (a[a.Length / 2 - 1] + a[a.Length / 2]);
    }
}
