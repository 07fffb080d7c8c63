using ILGPU;
using ILGPU.Runtime;

namespace RnnKata.Engine.Ilgpu;

/// <summary>A <see cref="DeviceBuffer"/> in accelerator memory (device memory on CUDA, host memory on the CPU accelerator).</summary>
internal sealed class IlgpuBuffer : DeviceBuffer
{
    private readonly MemoryBuffer1D<float, Stride1D.Dense> _memory;

    public IlgpuBuffer(IlgpuBackend owner, MemoryBuffer1D<float, Stride1D.Dense> memory, int length) : base(owner, length) =>
        this._memory = memory;

    /// <summary>Floats <paramref name="offset"/> … <paramref name="offset"/> + <paramref name="length"/> − 1 as a kernel argument.</summary>
    public ArrayView<float> View(int offset, int length) => _memory.View.SubView(offset, length);

    protected override void Release() => _memory.Dispose();
}
