namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>The ILGPU CPU accelerator shared by all tests of this namespace (so the set-up fixture frees it after the last one): compiling the kernel set once keeps the project fast.</summary>
[SetUpFixture]
public sealed class CpuBackend
{
    private static IlgpuBackend? _shared;

    /// <summary>The shared backend.</summary>
    public static IlgpuBackend Instance => _shared ??= IlgpuBackend.CreateCpu();

    /// <summary>Frees the accelerator after the last test.</summary>
    [OneTimeTearDown]
    public void Dispose()
    {
        _shared?.Dispose();
        _shared = null;
    }
}
