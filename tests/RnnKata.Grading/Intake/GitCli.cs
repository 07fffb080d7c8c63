using System.ComponentModel;

namespace RnnKata.Grading.Intake;

/// <summary>
/// The <c>git</c> command line, used read-only: a repository is read at <c>HEAD</c> with <c>git archive</c>,
/// which writes nothing inside it. A student's repository is not trusted: its hooks and file-system monitor
/// are switched off on the command line, and it is marked safe so that another owner does not stop the read.
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
