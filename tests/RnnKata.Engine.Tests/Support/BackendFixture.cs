namespace RnnKata.Engine.Tests.Support;

/// <summary>
/// The base of every per-backend fixture: the backend named by the fixture argument, created once.
/// CUDA is ignored (with the reason) where no NVIDIA GPU is usable; the CPU backends always run.
/// </summary>
public abstract class BackendFixture(string backendName)
{
    /// <summary>The backend.</summary>
    protected ComputeBackend Backend { get; private set; } = null!;

    /// <summary>Its name as <see cref="Backends.Parse"/> reads it.</summary>
    protected string BackendName { get; } = backendName;

    [OneTimeSetUp]
    public void CreateBackend() => Backend = Create(BackendName);

    [OneTimeTearDown]
    public void DisposeBackend() => Backend?.Dispose();

    /// <summary>Creates a backend by name, or ignores the test where CUDA cannot run.</summary>
    public static ComputeBackend Create(string name)
    {
        var kind = Backends.Parse(name);
        if (kind == BackendKind.Cuda && !Backends.IsCudaAvailable(out var reason))
            Assert.Ignore($"No CUDA here: {reason}");
        return Backends.Create(kind, threads: 2);
    }
}
