using ILGPU.Runtime.Cuda;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>
/// CUDA's out-of-memory error is what the backend turns into <see cref="EngineOutOfMemoryException"/>. Without a driver,
/// ILGPU cannot build a CudaException from a status (it asks the driver for the text), so these tests build it from the
/// text the driver gives for CUDA_ERROR_OUT_OF_MEMORY.
/// </summary>
public sealed class OutOfMemoryTests
{
    [Test]
    public void CUDAs_out_of_memory_error_is_recognised_even_when_wrapped() =>
        OutOfMemory.Is(new InvalidOperationException("allocation failed", new CudaException("out of memory"))).Should().BeTrue();

    [Test]
    public void Other_CUDA_errors_are_not_out_of_memory() =>
        OutOfMemory.Is(new CudaException("invalid argument")).Should().BeFalse();

    [Test]
    public void A_managed_out_of_memory_is_recognised() => OutOfMemory.Is(new OutOfMemoryException()).Should().BeTrue();
}
