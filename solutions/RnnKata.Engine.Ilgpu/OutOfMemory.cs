using System.Globalization;
using ILGPU.Runtime.Cuda;

namespace RnnKata.Engine.Ilgpu;

/// <summary>Recognises ILGPU's and CUDA's ways of saying "out of memory", and says it to the user with the sizes involved.</summary>
internal static class OutOfMemory
{
    /// <summary>True when <paramref name="exception"/> or one it wraps is an out-of-memory error not yet explained to the user.</summary>
    public static bool Is(Exception exception)
    {
        // Already explained (by Explain below): the contract must pass it on as it is, not wrap it again.
        if (exception is EngineOutOfMemoryException)
            return false;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is OutOfMemoryException)
                return true;
            // The driver's status CUDA_ERROR_OUT_OF_MEMORY, whose text is "out of memory".
            if (e is CudaException cuda && (Names(cuda.Error) || Names(cuda.Message)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// One sentence for a failed allocation: the device, the buffer's size and, when the device could say, its free and total memory.
    /// </summary>
    /// <param name="device">The backend's description, e.g. "cuda: NVIDIA H200 (SM 9.0)".</param>
    /// <param name="floats">The buffer's length in floats.</param>
    /// <param name="freeBytes">The device's free memory, null when unknown.</param>
    /// <param name="totalBytes">The device's memory, null when unknown.</param>
    /// <param name="cause">The error the device raised.</param>
    public static EngineOutOfMemoryException Explain(string device, long floats, long? freeBytes, long? totalBytes, Exception cause)
    {
        var free = freeBytes is { } f
            ? $"the device reports {Size(f)} free{(totalBytes is { } t ? $" of {Size(t)}" : "")}"
            : "the device could not say how much is free";
        return new EngineOutOfMemoryException(
            $"Out of device memory on {device}: a buffer of {floats.ToString("N0", CultureInfo.InvariantCulture)} floats ({Size(floats * 4)}) does not fit, " +
            $"and {free}; use a smaller batch or model, or free the memory other programs hold.", cause);
    }

    private static string Size(long bytes) => bytes >= 1L << 30
        ? (bytes / (double)(1L << 30)).ToString("F2", CultureInfo.InvariantCulture) + " GiB"
        : (bytes / (double)(1 << 20)).ToString("F1", CultureInfo.InvariantCulture) + " MiB";

    private static bool Names(object? status)
    {
        var text = $"{status}";
        return text.Contains("OUT_OF_MEMORY", StringComparison.OrdinalIgnoreCase) || text.Contains("out of memory", StringComparison.OrdinalIgnoreCase);
    }
}
