using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace RnnKata.Engine.Bench;

/// <summary>
/// Measures the core clock of the thread that runs it: a chain of dependent 64-bit integer additions retires one
/// addition per cycle on every x86 core since the Pentium Pro, so additions per second ≈ cycles per second.
/// </summary>
internal static class ClockProbe
{
    /// <summary>The best of five ~0.1 s runs, in GHz (the boost clock under the current load, not the nominal one).</summary>
    public static double MeasureGhz()
    {
        const long iterations = 50_000_000;
        Chain(1_000_000, 1, 2, 3, 4); // JIT and warm-up
        double best = 0;
        for (var run = 0; run < 5; run++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var sink = Chain(iterations, 1, 2, 3, 4);
            var seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            GC.KeepAlive(sink);
            best = Math.Max(best, 4.0 * iterations / seconds / 1e9);
        }
        return best;
    }

    // Four dependent adds per iteration: each waits for the one before (latency 1 cycle); the loop counter runs beside them.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Chain(long iterations, long a, long b, long c, long d)
    {
        long x = 0;
        for (long i = 0; i < iterations; i++)
        {
            x += a;
            x += b;
            x += c;
            x += d;
        }
        return x;
    }
}
