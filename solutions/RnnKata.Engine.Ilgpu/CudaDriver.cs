using System.Reflection;
using System.Runtime.InteropServices;
using ILGPU;
using ILGPU.Runtime.Cuda;

namespace RnnKata.Engine.Ilgpu;

/// <summary>
/// Finds the NVIDIA driver library for ILGPU and says whether CUDA can run here, with one clear reason when it cannot.
/// ILGPU imports the driver as "cuda" (Linux, probed as <c>libcuda.so</c>) or "nvcuda" (Windows); most Linux
/// installs only ship the versioned <c>libcuda.so.1</c>, so a resolver on ILGPU's assembly maps the name to it.
/// </summary>
internal static class CudaDriver
{
    /// <summary>The driver's file names on Linux, in the order they are tried.</summary>
    public static readonly IReadOnlyList<string> LinuxCandidates = ["libcuda.so.1", "libcuda.so"];

    /// <summary>The driver's file name on Windows.</summary>
    public static readonly IReadOnlyList<string> WindowsCandidates = ["nvcuda.dll"];

    private static readonly Lock Gate = new();
    private static bool _resolverInstalled;

    /// <summary>True when the driver library loads and lists a CUDA device; otherwise <paramref name="reason"/> says why not.</summary>
    public static bool IsAvailable(out string reason)
    {
        InstallResolver();
        return IsAvailable(CudaProbe.ThisMachine, out reason);
    }

    /// <summary>The check itself, on the steps of <paramref name="probe"/> (the real ones, or a test's).</summary>
    internal static bool IsAvailable(CudaProbe probe, out string reason)
    {
        if (probe.Candidates.Count == 0)
        {
            reason = $"CUDA needs Linux or Windows, and this is {RuntimeInformation.OSDescription}";
            return false;
        }
        if (!probe.Candidates.Any(probe.TryLoadLibrary))
        {
            reason = $"no NVIDIA driver was found: none of {string.Join(", ", probe.Candidates)} could be loaded " +
                     "(install the NVIDIA driver, or add the folder that holds it to the library path, LD_LIBRARY_PATH on Linux)";
            return false;
        }
        IReadOnlyList<string> devices;
        try
        {
            devices = probe.ListDevices();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            reason = $"the NVIDIA driver loaded but could not be queried ({e.GetType().Name}: {e.Message})";
            return false;
        }
        if (devices.Count == 0)
        {
            reason = "the NVIDIA driver loaded but lists no GPU (none is installed, or none is visible to this machine or container)";
            return false;
        }
        reason = devices[0];
        return true;
    }

    /// <summary>Maps ILGPU's import of the driver to the versioned library on Linux (once per process).</summary>
    public static void InstallResolver()
    {
        lock (Gate)
        {
            // On WSL ILGPU installs its own resolver (the driver lives under /usr/lib/wsl/lib): leave it to that one.
            if (_resolverInstalled || !OperatingSystem.IsLinux() || IsWsl())
                return;
            try
            {
                NativeLibrary.SetDllImportResolver(typeof(Context).Assembly, (name, assembly, searchPath) =>
                    Resolve(name, candidate => NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle) ? handle : IntPtr.Zero));
            }
            catch (InvalidOperationException)
            {
                // Another part of the process already resolves ILGPU's imports; it wins.
            }
            _resolverInstalled = true;
        }
    }

    /// <summary>
    /// The handle for one of ILGPU's native imports: the first Linux driver candidate that <paramref name="load"/> opens when the
    /// import is the driver, else <see cref="IntPtr.Zero"/> (the runtime's own lookup then runs).
    /// </summary>
    internal static IntPtr Resolve(string name, Func<string, IntPtr> load)
    {
        if (name is not ("cuda" or "libcuda" or "libcuda.so" or "nvcuda"))
            return IntPtr.Zero;
        foreach (var candidate in LinuxCandidates)
        {
            var handle = load(candidate);
            if (handle != IntPtr.Zero)
                return handle;
        }
        return IntPtr.Zero;
    }

    private static bool IsWsl()
    {
        try
        {
            return File.Exists("/proc/version") && File.ReadAllText("/proc/version").Contains("microsoft", StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
    }
}

/// <summary>The steps of the CUDA check, so that tests can replace the machine: the driver's file names, loading one, listing the GPUs.</summary>
/// <param name="Candidates">The driver's file names to try, in order (none: the OS has no CUDA).</param>
/// <param name="TryLoadLibrary">Loads a library by name or path; false when it cannot.</param>
/// <param name="ListDevices">The CUDA devices in words, e.g. "NVIDIA H200 (SM 9.0)".</param>
internal sealed record CudaProbe(IReadOnlyList<string> Candidates, Func<string, bool> TryLoadLibrary, Func<IReadOnlyList<string>> ListDevices)
{
    /// <summary>This machine: the real driver file names, <see cref="NativeLibrary.TryLoad(string, out IntPtr)"/>, ILGPU's device list.</summary>
    public static CudaProbe ThisMachine { get; } = new(
        OperatingSystem.IsLinux() ? CudaDriver.LinuxCandidates : OperatingSystem.IsWindows() ? CudaDriver.WindowsCandidates : [],
        name => NativeLibrary.TryLoad(name, out _),
        () =>
        {
            using var context = IlgpuBackend.CreateCudaContext();
            var devices = new List<string>();
            foreach (var device in context.GetCudaDevices())
                devices.Add($"{device.Name} (SM {device.Architecture})");
            return devices;
        });
}
