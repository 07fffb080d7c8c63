using System.Diagnostics;

namespace RnnKata.Engine.Bench;

/// <summary>The 1024³ GEMM line: the backend's <see cref="ComputeBackend.Gemm"/> in GFLOP/s, and the CPU's nominal peak.</summary>
internal static class GemmProbe
{
    /// <summary>Median GFLOP/s of C = A·B (n × n) over <paramref name="repetitions"/> runs after 3 warm-up runs.</summary>
    public static double Gflops(ComputeBackend backend, int n = 1024, int repetitions = 20)
    {
        var random = new Random(1);
        var host = new float[n * n];
        using var a = backend.Allocate(n * n);
        using var b = backend.Allocate(n * n);
        using var c = backend.Allocate(n * n);
        foreach (var buffer in new[] { a, b })
        {
            for (var i = 0; i < host.Length; i++)
                host[i] = (float)(2 * random.NextDouble() - 1);
            backend.Upload(buffer.All, host);
        }
        void Run()
        {
            backend.Gemm(Transpose.No, Transpose.No, n, n, n, 1f, a.All, b.All, 0f, c.All);
            backend.Synchronize();
        }
        for (var i = 0; i < 3; i++)
            Run();
        var times = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            Run();
            times.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
        }
        return 2.0 * n * n * (double)n / IterationTimer.Median(times) / 1e9;
    }

    /// <summary>
    /// Nominal float32 peak of <paramref name="threads"/> cores: cores × clock × FLOP/cycle. The clock is the "cpu MHz"
    /// that /proc/cpuinfo reports (on a VM the host's nominal clock; turbo is not seen). FLOP/cycle is an estimate from the
    /// CPU: 64 with AVX-512 on Intel (two 512-bit FMA units) or on AMD family 26 (Zen 5: full-width 512-bit FMA pipes), 32 with
    /// AVX-512 on older AMD (Zen 4: two 256-bit pipes) or AVX2+FMA, else 8.
    /// </summary>
    public static CpuPeak? EstimatePeak(int threads)
    {
        try
        {
            var lines = File.ReadLines("/proc/cpuinfo").ToArray();
            string? Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
            var mhz = double.Parse(Field("cpu MHz") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var flags = (Field("flags") ?? "").Split(' ');
            var vendor = Field("vendor_id") ?? "";
            var model = Field("model name") ?? "?";
            var avx512 = flags.Contains("avx512f");
            var fma = flags.Contains("fma") && flags.Contains("avx2");
            var family = int.TryParse(Field("cpu family"), out var f) ? f : 0;
            var wide = vendor.Contains("Intel", StringComparison.Ordinal) || (vendor.Contains("AMD", StringComparison.Ordinal) && family >= 26);
            var perCycle = avx512 && wide ? 64 : avx512 || fma ? 32 : 8;
            var cores = Math.Min(threads, Environment.ProcessorCount);
            if (mhz <= 0)
                return null;
            return new CpuPeak(cores, mhz / 1000, perCycle,
                $"{model}, {vendor} family {family}, {(avx512 ? "AVX-512" : fma ? "AVX2+FMA" : "SSE")}: {perCycle} FLOP/cycle per core (estimated from the flags and family)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>A CPU's float32 peak: cores × clock × FLOP/cycle.</summary>
/// <param name="Cores">Cores used.</param>
/// <param name="NominalGhz">The clock /proc/cpuinfo reports ("cpu MHz").</param>
/// <param name="FlopsPerCycle">Float32 FLOPs per cycle per core (FMA width × FMA pipes × 2).</param>
/// <param name="Description">The CPU and how FLOP/cycle was estimated.</param>
internal sealed record CpuPeak(int Cores, double NominalGhz, int FlopsPerCycle, string Description)
{
    /// <summary>The peak at <paramref name="ghz"/>.</summary>
    public double Gflops(double ghz) => Cores * ghz * FlopsPerCycle;
}
