using RnnKata.Engine.Simd;

namespace RnnKata.Engine.Tests;

/// <summary>
/// Auto falls back to SIMD when CUDA cannot run and says why; an explicit CUDA never falls back. A stand-in for the CUDA
/// factory plays the machine with or without a GPU.
/// </summary>
public class BackendFallbackTests
{
    private const string NoDriver = "The CUDA backend cannot run here: no NVIDIA driver was found: none of libcuda.so.1, libcuda.so could be loaded.";

    private static ComputeBackend NoGpu() => throw new BackendUnavailableException(NoDriver);

    [Test]
    public void Auto_falls_back_to_SIMD_and_says_why()
    {
        using var backend = Backends.Create(BackendKind.Auto, 2, NoGpu, out var choice);

        backend.Should().BeOfType<SimdBackend>();
        choice.Should().Be($"auto chose simd: {NoDriver}");
    }

    [Test]
    public void An_explicit_CUDA_does_not_fall_back()
    {
        var act = () => Backends.Create(BackendKind.Cuda, 2, NoGpu, out _);

        act.Should().Throw<BackendUnavailableException>().WithMessage(NoDriver);
    }

    [Test]
    public void Auto_takes_CUDA_when_it_starts()
    {
        using var standIn = Backends.Create(BackendKind.IlgpuCpu);

        var backend = Backends.Create(BackendKind.Auto, 2, () => standIn, out var choice);

        backend.Should().BeSameAs(standIn);
        choice.Should().Be($"auto chose {standIn.Description}");
    }

    [Test]
    public void An_explicit_choice_is_named_as_asked()
    {
        using var backend = Backends.Create(BackendKind.Simd, 1, out var choice);

        choice.Should().Be($"simd as asked: {backend.Description}");
    }

    [Test]
    public void On_this_machine_auto_says_which_backend_it_chose_and_why()
    {
        using var backend = Backends.Create(BackendKind.Auto, 2, out var choice);

        if (Backends.IsCudaAvailable(out var gpu))
            choice.Should().Be($"auto chose {backend.Description}", $"this machine has {gpu}");
        else
            choice.Should().StartWith("auto chose simd: The CUDA backend cannot run here: ");
    }
}
