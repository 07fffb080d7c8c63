using RnnKata.Engine.Ilgpu;
using RnnKata.Engine.Simd;

namespace RnnKata.Engine;

/// <summary>
/// Picks and creates a backend: by option, else by the <c>RNNKATA_BACKEND</c> environment variable,
/// else <see cref="BackendKind.Auto"/> (CUDA when an NVIDIA GPU is present, else SIMD).
/// </summary>
public static class Backends
{
    /// <summary>The environment variable that picks the backend when no option does.</summary>
    public const string EnvironmentVariable = "RNNKATA_BACKEND";

    /// <summary>The names accepted on the command line and in <see cref="EnvironmentVariable"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "cuda", "ilgpu-cpu", "simd"];

    /// <summary>Parses auto | cuda | ilgpu-cpu | simd (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Any other name; the message lists the valid ones.</exception>
    public static BackendKind Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "auto" => BackendKind.Auto,
            "cuda" => BackendKind.Cuda,
            "ilgpu-cpu" => BackendKind.IlgpuCpu,
            "simd" => BackendKind.Simd,
            _ => throw new ArgumentException($"Unknown backend '{name}': choose one of {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>The name of a kind as <see cref="Parse"/> reads it.</summary>
    public static string NameOf(BackendKind kind) => kind switch
    {
        BackendKind.Auto => "auto",
        BackendKind.Cuda => "cuda",
        BackendKind.IlgpuCpu => "ilgpu-cpu",
        BackendKind.Simd => "simd",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown backend kind."),
    };

    /// <summary>The kind <see cref="EnvironmentVariable"/> asks for, or <see cref="BackendKind.Auto"/> when it is unset.</summary>
    /// <exception cref="ArgumentException">The variable holds an unknown name.</exception>
    public static BackendKind FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value))
            return BackendKind.Auto;
        try
        {
            return Parse(value);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{EnvironmentVariable}={value}: {e.Message}", EnvironmentVariable, e);
        }
    }

    /// <summary>True when CUDA can run here; otherwise <paramref name="reason"/> says why not.</summary>
    public static bool IsCudaAvailable(out string reason) => IlgpuBackend.IsCudaAvailable(out reason);

    /// <summary>Creates the backend <paramref name="kind"/> asks for (<c>null</c>: the environment variable's, else auto).</summary>
    /// <param name="kind">The backend; null reads <see cref="EnvironmentVariable"/>.</param>
    /// <param name="threads">CPU threads for the SIMD backend (the benchmark's figures use 2).</param>
    /// <exception cref="BackendUnavailableException">CUDA was asked for and cannot run; the message says why.</exception>
    public static ComputeBackend Create(BackendKind? kind = null, int threads = 2) => Create(kind, threads, out _);

    /// <summary>
    /// As <see cref="Create(BackendKind?, int)"/>, and says in one sentence which backend it made and why, for tools to print:
    /// "auto chose simd: The CUDA backend cannot run here: no NVIDIA driver was found: …". Auto falls back to SIMD whenever
    /// CUDA cannot run or cannot start; an explicit <see cref="BackendKind.Cuda"/> never falls back.
    /// </summary>
    /// <param name="kind">The backend; null reads <see cref="EnvironmentVariable"/>.</param>
    /// <param name="threads">CPU threads for the SIMD backend.</param>
    /// <param name="choice">Which backend was made and, for auto, why.</param>
    /// <exception cref="BackendUnavailableException">CUDA was asked for and cannot run; the message says why.</exception>
    public static ComputeBackend Create(BackendKind? kind, int threads, out string choice) => Create(kind, threads, IlgpuBackend.CreateCuda, out choice);

    /// <summary>The selection with the CUDA backend's factory replaceable, so that tests can stand in for a machine with or without a GPU.</summary>
    internal static ComputeBackend Create(BackendKind? kind, int threads, Func<ComputeBackend> createCuda, out string choice)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var wanted = kind ?? FromEnvironment();
        ComputeBackend backend;
        if (wanted == BackendKind.Auto)
        {
            try
            {
                backend = createCuda();
                choice = $"auto chose {backend.Description}";
            }
            catch (BackendUnavailableException e)
            {
                backend = new SimdBackend(threads);
                choice = $"auto chose simd: {e.Message}";
            }
            return backend;
        }
        backend = wanted switch
        {
            BackendKind.Cuda => createCuda(),
            BackendKind.IlgpuCpu => IlgpuBackend.CreateCpu(),
            BackendKind.Simd => new SimdBackend(threads),
            var other => throw new ArgumentOutOfRangeException(nameof(kind), other, "Unknown backend kind."),
        };
        choice = $"{NameOf(wanted)} as asked: {backend.Description}";
        return backend;
    }
}
