namespace RnnKata.Engine.Simd.Tests;

/// <summary>The vector widths this machine can run, so that every code path is tested here.</summary>
internal static class Widths
{
    public static IEnumerable<SimdWidth> Available => Enum.GetValues<SimdWidth>().Where(w => w <= Kernels.Best);

    /// <summary>The names of <see cref="Available"/> (test parameters must be public types).</summary>
    public static IEnumerable<string> Names => Available.Select(w => w.ToString());

    public static float[] Random(int seed, int n, double scale = 1)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)(((rng.NextDouble() * 2) - 1) * scale)).ToArray();
    }

    public static double[] ToDouble(this float[] x) => x.Select(v => (double)v).ToArray();

    public static DeviceBuffer Put(this SimdBackend backend, float[] values)
    {
        var buffer = backend.Allocate(values.Length);
        backend.Upload(buffer.All, values);
        return buffer;
    }
}
