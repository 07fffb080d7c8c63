using RnnKata.Engine.Ilgpu;
using RnnKata.Engine.Simd;

namespace RnnKata.Engine.Conformance.Tests.Support;

/// <summary>
/// The base of every conformance fixture: one fixture per backend name, the backend created once.
/// CUDA is ignored (with the reason) where no NVIDIA GPU is usable; the CPU backends always run.
/// </summary>
public abstract class BackendUnderTest(string backendName)
{
    /// <summary>Every backend the suite knows.</summary>
    public static readonly string[] Names = ["simd", "ilgpu-cpu", "cuda"];

    /// <summary>The backend of this fixture.</summary>
    protected ComputeBackend Backend { get; private set; } = null!;

    /// <summary>The backend's name, as in RNNKATA_BACKEND.</summary>
    protected string BackendName { get; } = backendName;

    [OneTimeSetUp]
    public void CreateBackend()
    {
        switch (BackendName)
        {
            case "simd":
                Backend = new SimdBackend(threads: 2);
                break;
            case "ilgpu-cpu":
                Backend = IlgpuBackend.CreateCpu();
                break;
            case "cuda":
                if (!IlgpuBackend.IsCudaAvailable(out var reason))
                    Assert.Ignore($"No CUDA here: {reason}");
                Backend = IlgpuBackend.CreateCuda();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(backendName), BackendName, "Unknown backend.");
        }
    }

    [OneTimeTearDown]
    public void DisposeBackend() => Backend?.Dispose();

    /// <summary>A buffer holding <paramref name="values"/>.</summary>
    protected DeviceBuffer Upload(float[] values)
    {
        var buffer = Backend.Allocate(values.Length);
        Backend.Upload(buffer.All, values);
        return buffer;
    }
}
