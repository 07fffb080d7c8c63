using RnnKata.Engine.Ilgpu.Tests.Support;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>Without an NVIDIA GPU, CUDA must fail cleanly: a reason, never a crash or a raw ILGPU exception.</summary>
public sealed class CudaAvailabilityTests
{
    [Test]
    public void IsCudaAvailable_says_no_with_a_reason_on_a_machine_without_a_GPU()
    {
        if (IlgpuBackend.IsCudaAvailable(out var reason))
            Assert.Ignore($"This machine has a CUDA device ({reason}); the no-GPU path cannot be checked here.");
        reason.Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void CreateCuda_throws_BackendUnavailableException_with_the_reason_on_a_machine_without_a_GPU()
    {
        if (IlgpuBackend.IsCudaAvailable(out var reason))
            Assert.Ignore($"This machine has a CUDA device ({reason}); the no-GPU path cannot be checked here.");

        var act = () => IlgpuBackend.CreateCuda();

        act.Should().Throw<BackendUnavailableException>().WithMessage($"*{reason}*");
    }

    [Test]
    public void CreateCuda_runs_the_kernels_where_a_GPU_is_present()
    {
        if (!IlgpuBackend.IsCudaAvailable(out var reason))
            Assert.Ignore($"No CUDA device here ({reason}): the CUDA kernels are checked on the CPU accelerator instead.");
        using var backend = IlgpuBackend.CreateCuda();
        using var a = backend.Upload([1f, 2f, 3f, 4f]);
        using var c = backend.Allocate(4);
        backend.Gemm(Transpose.No, Transpose.No, 2, 2, 2, 1f, a.All, a.All, 0f, c.All);
        backend.Download(c.All).Should().Equal(7f, 10f, 15f, 22f);
        backend.Kind.Should().Be(BackendKind.Cuda);
    }

    [Test]
    public void The_CPU_accelerator_describes_itself()
    {
        CpuBackend.Instance.Kind.Should().Be(BackendKind.IlgpuCpu);
        CpuBackend.Instance.Description.Should().StartWith("ilgpu-cpu");
    }
}
