using ILGPU;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime.Cuda;

namespace RnnKata.Engine.Ilgpu.Tests.Ptx;

/// <summary>
/// ILGPU's PTX backend for one GPU architecture, without a GPU or the CUDA toolkit: the same compiler the CUDA accelerator
/// runs when it loads a kernel, given the architecture and the PTX instruction set that a driver would report.
/// </summary>
public sealed class PtxTarget : IDisposable
{
    private readonly PTXBackend _backend;

    /// <param name="context">A context made as the CUDA backend makes it (<see cref="IlgpuBackend.CreateCudaContext"/>).</param>
    /// <param name="architecture">The GPU, e.g. <see cref="CudaArchitecture.SM_90"/>.</param>
    /// <param name="driver">The CUDA version of the driver, which decides the PTX instruction set as on a real machine.</param>
    public PtxTarget(Context context, CudaArchitecture architecture, CudaDriverVersion driver)
    {
        Architecture = architecture;
        InstructionSet = CudaAccelerator.GetInstructionSet(architecture, driver);
        _backend = new PTXBackend(context, new CudaCapabilityContext(architecture), architecture, InstructionSet, nvvmAPI: null);
    }

    /// <summary>The GPU architecture compiled for.</summary>
    public CudaArchitecture Architecture { get; }

    /// <summary>The PTX instruction set used.</summary>
    public CudaInstructionSet InstructionSet { get; }

    /// <summary>"SM 8.6 (PTX ISA 8.0)".</summary>
    public string Name => $"SM {Architecture.Major}.{Architecture.Minor} (PTX ISA {InstructionSet.Major}.{InstructionSet.Minor})";

    /// <summary>The kernel's PTX assembly.</summary>
    /// <exception cref="PtxCompilationException">ILGPU could not compile it; the message names the kernel and the cause.</exception>
    public string Compile(KernelMethod kernel)
    {
        var entryPoint = kernel.ExplicitlyGrouped
            ? EntryPointDescription.FromExplicitlyGroupedKernel(kernel.Method)
            : EntryPointDescription.FromImplicitlyGroupedKernel(kernel.Method);
        try
        {
            return ((PTXCompiledKernel)_backend.Compile(entryPoint, default)).PTXAssembly;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ILGPU wraps the cause (e.g. "The function 'ExpF' does not have an intrinsic implementation") in an internal compiler error.
            var cause = e.GetBaseException();
            throw new PtxCompilationException($"{kernel.Name} does not compile to PTX for {Name}: {cause.GetType().Name}: {cause.Message}", e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _backend.Dispose();
}

/// <summary>A kernel that ILGPU's PTX backend cannot compile.</summary>
public sealed class PtxCompilationException(string message, Exception inner) : Exception(message, inner);
