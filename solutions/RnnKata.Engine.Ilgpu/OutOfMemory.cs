using ILGPU.Runtime.Cuda;

namespace RnnKata.Engine.Ilgpu;

/// <summary>Recognises ILGPU's and CUDA's ways of saying "out of memory", anywhere in an exception's chain.</summary>
internal static class OutOfMemory
{
    public static bool Is(Exception exception)
    {
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

    private static bool Names(object? status)
    {
        var text = $"{status}";
        return text.Contains("OUT_OF_MEMORY", StringComparison.OrdinalIgnoreCase) || text.Contains("out of memory", StringComparison.OrdinalIgnoreCase);
    }
}
