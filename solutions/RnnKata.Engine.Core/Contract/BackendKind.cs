namespace RnnKata.Engine;

/// <summary>Which backend runs the engine. On the command line and in <c>RNNKATA_BACKEND</c>: auto, cuda, ilgpu-cpu, simd.</summary>
public enum BackendKind
{
    /// <summary>CUDA when an NVIDIA GPU is present, else SIMD.</summary>
    Auto,

    /// <summary>ILGPU kernels on an NVIDIA GPU.</summary>
    Cuda,

    /// <summary>The same ILGPU kernels on ILGPU's CPU accelerator: a correctness check, not a fast path.</summary>
    IlgpuCpu,

    /// <summary>Hand-vectorised C# on the CPU: the fast path where there is no GPU.</summary>
    Simd,
}
