using System.Runtime.InteropServices;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>
/// The CUDA check on machines this one is not: a fake probe stands for the driver library and the device list, so that
/// "no driver", "no GPU" and "a GPU" each give their one sentence without an NVIDIA card.
/// </summary>
public sealed class CudaDriverTests
{
    private static readonly string[] Linux = ["libcuda.so.1", "libcuda.so"];

    [Test]
    public void Without_the_driver_library_the_reason_names_every_file_tried_in_order()
    {
        var tried = new List<string>();
        var probe = new CudaProbe(Linux, name => { tried.Add(name); return false; }, () => throw new AssertionException("no driver: the devices must not be listed"));

        CudaDriver.IsAvailable(probe, out var reason).Should().BeFalse();

        tried.Should().Equal("libcuda.so.1", "libcuda.so");
        reason.Should().StartWith("no NVIDIA driver was found: none of libcuda.so.1, libcuda.so could be loaded");
    }

    [Test]
    public void The_versioned_library_alone_is_enough()
    {
        var probe = new CudaProbe(Linux, name => name == "libcuda.so.1", () => ["NVIDIA H200 (SM 9.0)"]);

        CudaDriver.IsAvailable(probe, out var reason).Should().BeTrue();

        reason.Should().Be("NVIDIA H200 (SM 9.0)");
    }

    [Test]
    public void A_driver_that_lists_no_GPU_says_so()
    {
        var probe = new CudaProbe(Linux, _ => true, () => []);

        CudaDriver.IsAvailable(probe, out var reason).Should().BeFalse();

        reason.Should().StartWith("the NVIDIA driver loaded but lists no GPU");
    }

    [Test]
    public void A_driver_that_fails_when_asked_for_its_devices_is_reported_not_thrown()
    {
        var probe = new CudaProbe(Linux, _ => true, () => throw new InvalidOperationException("CUDA_ERROR_NO_DEVICE"));

        CudaDriver.IsAvailable(probe, out var reason).Should().BeFalse();

        reason.Should().Be("the NVIDIA driver loaded but could not be queried (InvalidOperationException: CUDA_ERROR_NO_DEVICE)");
    }

    [Test]
    public void An_operating_system_without_CUDA_is_named()
    {
        var probe = new CudaProbe([], _ => throw new AssertionException("nothing to load"), () => []);

        CudaDriver.IsAvailable(probe, out var reason).Should().BeFalse();

        reason.Should().StartWith("CUDA needs Linux or Windows");
    }

    [Test]
    public void A_real_lookup_of_a_library_that_is_not_there_fails_cleanly()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"rnnkata-{Guid.NewGuid():N}", "libcuda.so.1");
        var probe = new CudaProbe([missing], name => NativeLibrary.TryLoad(name, out _), () => ["must not get here"]);

        CudaDriver.IsAvailable(probe, out var reason).Should().BeFalse();

        reason.Should().Contain(missing);
    }

    [Test]
    public void ILGPUs_import_of_the_driver_resolves_to_the_versioned_library_first()
    {
        var tried = new List<string>();

        var handle = CudaDriver.Resolve("cuda", name => { tried.Add(name); return name == "libcuda.so.1" ? 42 : IntPtr.Zero; });

        handle.Should().Be(42);
        tried.Should().Equal("libcuda.so.1");
    }

    [Test]
    public void ILGPUs_import_falls_back_to_the_unversioned_library()
    {
        var handle = CudaDriver.Resolve("cuda", name => name == "libcuda.so" ? 7 : IntPtr.Zero);

        handle.Should().Be(7);
    }

    [Test]
    public void Other_native_imports_are_left_to_the_runtime()
    {
        var tried = new List<string>();

        CudaDriver.Resolve("nvvm", name => { tried.Add(name); return 1; }).Should().Be(IntPtr.Zero);

        tried.Should().BeEmpty();
    }
}
