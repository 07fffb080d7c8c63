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

    [Test]
    public void An_explained_out_of_memory_is_passed_on_not_wrapped_again() =>
        OutOfMemory.Is(new EngineOutOfMemoryException("explained", new CudaException("out of memory"))).Should().BeFalse();

    [Test]
    public void The_explanation_names_the_device_the_buffer_size_and_the_free_memory()
    {
        var cause = new CudaException("out of memory");

        var error = OutOfMemory.Explain("cuda: NVIDIA H200 (SM 9.0)", 536_870_912, freeBytes: 300L << 20, totalBytes: 140L << 30, cause);

        error.Message.Should().Be(
            "Out of device memory on cuda: NVIDIA H200 (SM 9.0): a buffer of 536,870,912 floats (2.00 GiB) does not fit, " +
            "and the device reports 300.0 MiB free of 140.00 GiB; use a smaller batch or model, or free the memory other programs hold.");
        error.InnerException.Should().BeSameAs(cause);
    }

    [Test]
    public void Without_a_free_memory_figure_the_explanation_says_so()
    {
        var error = OutOfMemory.Explain("cuda: GPU", 1000, freeBytes: null, totalBytes: null, new CudaException("out of memory"));

        error.Message.Should().Contain("1,000 floats (0.0 MiB)").And.Contain("the device could not say how much is free");
    }
}
