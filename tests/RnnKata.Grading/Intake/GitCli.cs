using System.ComponentModel;

namespace RnnKata.Grading.Intake;

/// <summary>
/// The <c>git</c> command line, used read-only. A student's repository is not trusted: its own configuration
/// could name filter drivers (<c>filter.*.smudge</c>/<c>clean</c>) or other commands that git would run. So it is
/// never read in place: <see cref="CloneBare"/> copies its objects into a fresh bare repository (a clone does not
/// copy the configuration), and everything else runs on that copy. Hooks and the file-system monitor are off on
/// every command line, and the repository is marked safe so that another owner does not stop the read.
/// </summary>
/// <param name="executable">The program to run (default <c>git</c>, looked up on the PATH).</param>
public sealed class GitCli(string executable = "git")
{
    private static readonly string[] SafeConfig =
    [
        "-c", "safe.directory=*", "-c", "core.fsmonitor=false", "-c", "core.hooksPath=" + (OperatingSystem.IsWindows() ? "NUL" : "/dev/null"),
    ];

    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["GIT_TERMINAL_PROMPT"] = "0",
        ["GIT_OPTIONAL_LOCKS"] = "0",
        ["LC_ALL"] = "C",
    };

    private readonly Lazy<bool> _available = new(() => Probe(executable));

    /// <summary>The git on the PATH.</summary>
    public static GitCli Default { get; } = new();

    /// <summary>The program run.</summary>
    public string Executable { get; } = executable;

    /// <summary>True when <c>git --version</c> runs (checked once).</summary>
    public bool IsAvailable => _available.Value;

    /// <summary>
    /// Copies the repository at <paramref name="repository"/> (a working copy or a bare one) into a new bare repository
    /// at <paramref name="destination"/>, through git's own transport (<c>--no-local</c>: objects only, no hard links,
    /// no configuration, no checkout, so no filter runs).
    /// </summary>
    /// <exception cref="Win32Exception">git cannot be started.</exception>
    internal ProcessResult CloneBare(string repository, string destination, TimeSpan timeout) =>
        ProcessRunner.Run(
            Executable, [.. SafeConfig, "clone", "--bare", "--no-local", "--no-hardlinks", "--quiet", "--", repository, destination],
            Path.GetTempPath(), timeout, Environment);

    /// <summary>Runs git on the repository at <paramref name="gitDir"/> (its <c>.git</c> folder, or a bare one).</summary>
    /// <exception cref="Win32Exception">git cannot be started.</exception>
    internal ProcessResult Run(string gitDir, IEnumerable<string> arguments, TimeSpan timeout, string? workTree = null) =>
        ProcessRunner.Run(
            Executable,
            [.. SafeConfig, "--git-dir=" + gitDir, .. workTree is null ? Array.Empty<string>() : ["--work-tree=" + workTree], .. arguments],
            Path.GetTempPath(), timeout, Environment);

    private static bool Probe(string executable)
    {
        try
        {
            return ProcessRunner.Run(executable, ["--version"], Path.GetTempPath(), TimeSpan.FromSeconds(20)).ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
