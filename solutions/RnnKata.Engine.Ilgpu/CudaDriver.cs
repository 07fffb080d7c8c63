using System.Reflection;
using System.Runtime.InteropServices;
using ILGPU;
using ILGPU.Runtime.Cuda;

namespace RnnKata.Engine.Ilgpu;

/// <summary>
/// Finds the NVIDIA driver library for ILGPU and says whether CUDA can run here.
/// ILGPU imports the driver as "cuda" (Linux, probed as <c>libcuda.so</c>) or "nvcuda" (Windows); most Linux
/// installs only ship the versioned <c>libcuda.so.1</c>, so a resolver on ILGPU's assembly maps the name to it.
/// </summary>
internal static class CudaDriver
{
    private static readonly string[] LinuxCandidates = ["libcuda.so.1", "libcuda.so"];
    private static readonly Lock Gate = new();
    private static bool resolverInstalled;

    /// <summary>True when the driver library loads, a CUDA device is listed and ILGPU can talk to it.</summary>
    public static bool IsAvailable(out string reason)
    {
        try
        {
            InstallResolver();
            if (!TryLoadDriver(out reason))
                return false;
            using var context = Context.Create(builder => builder.Cuda());
            var devices = context.GetCudaDevices();
            if (devices.Count == 0)
            {
                reason = "the NVIDIA driver library loaded, but it reports no usable CUDA device";
                return false;
            }
            reason = $"{devices[0].Name} (SM {devices[0].Architecture})";
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            reason = $"probing CUDA failed: {e.GetType().Name}: {e.Message}";
            return false;
        }
    }

    /// <summary>Maps ILGPU's import of the driver to the versioned library on Linux (once per process).</summary>
    public static void InstallResolver()
    {
        lock (Gate)
        {
            // On WSL ILGPU installs its own resolver (the driver lives under /usr/lib/wsl/lib): leave it to that one.
            if (resolverInstalled || !OperatingSystem.IsLinux() || IsWsl())
                return;
            try
            {
                NativeLibrary.SetDllImportResolver(typeof(Context).Assembly, Resolve);
            }
            catch (InvalidOperationException)
            {
                // Another part of the process already resolves ILGPU's imports; it wins.
            }
            resolverInstalled = true;
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name is not ("cuda" or "libcuda" or "libcuda.so" or "nvcuda"))
            return IntPtr.Zero;
        foreach (var candidate in LinuxCandidates)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
                return handle;
        }
        return IntPtr.Zero;
    }

    private static bool TryLoadDriver(out string reason)
    {
        string[] candidates = OperatingSystem.IsWindows() ? ["nvcuda.dll"] : OperatingSystem.IsLinux() ? LinuxCandidates : [];
        if (candidates.Length == 0)
        {
            reason = $"CUDA needs Linux or Windows, not {RuntimeInformation.OSDescription}";
            return false;
        }
        foreach (var candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out _))
            {
                reason = "";
                return true;
            }
        }
        reason = $"no NVIDIA driver: none of {string.Join(", ", candidates)} could be loaded";
        return false;
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
