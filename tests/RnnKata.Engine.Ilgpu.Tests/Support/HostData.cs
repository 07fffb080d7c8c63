namespace RnnKata.Engine.Ilgpu.Tests.Support;

/// <summary>Seeded random data and host ↔ device helpers.</summary>
public static class HostData
{
    /// <summary><paramref name="length"/> uniform floats in [−scale, scale).</summary>
    public static float[] Random(int length, int seed, float scale = 1f)
    {
        var random = new Random(seed);
        var values = new float[length];
        for (int i = 0; i < length; i++)
            values[i] = (float)((random.NextDouble() * 2 - 1) * scale);
        return values;
    }

    /// <summary>A buffer on <paramref name="backend"/> holding <paramref name="values"/>.</summary>
    public static DeviceBuffer Upload(this ComputeBackend backend, float[] values)
    {
        var buffer = backend.Allocate(values.Length);
        backend.Upload(buffer.All, values);
        return buffer;
    }

    /// <summary>Widens floats to doubles.</summary>
    public static double[] ToDouble(this float[] values) => Array.ConvertAll(values, v => (double)v);
}
