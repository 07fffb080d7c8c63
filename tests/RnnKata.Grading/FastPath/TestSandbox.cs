using System.Diagnostics;
using System.Globalization;

namespace RnnKata.Grading.FastPath;

/// <summary>
/// Where a lab's test process runs. Isolated (Linux, unprivileged): new user, network, mount, PID, IPC and UTS
/// namespaces; a root file system of its own holding only the system folders, the .NET runtime and the lab's
/// run folder, all read-only, with a small private <c>/tmp</c> and the run folder's <c>scratch/</c> the only
/// writable places; no network; every process it starts dies with it; no capabilities. In every mode, where
/// the tools exist: a CPU core of its own per concurrent run (<c>taskset</c>), a lower priority and a session
/// of its own (<c>nice</c>, <c>setsid</c>), and rlimits (<c>prlimit</c>: writable private memory, file size,
/// no core dumps).
/// </summary>
public sealed class TestSandbox
{
    /// <summary>The folder, in a run folder, that an isolated test process may write to.</summary>
    public const string ScratchFolder = "scratch";

    /// <summary>
    /// Runs inside the new namespaces as their root: builds the new root file system on <c>$1</c>, switches to it,
    /// and runs the command after <c>--</c> without any capability. Arguments: new root, run folder, .NET folder,
    /// size of <c>/tmp</c>, read-only folders to show at their own paths, <c>--</c>, the command. It stays as
    /// the namespace's first process, so that when it ends (the command ended, or the grader killed the tree)
    /// the kernel ends every process left in the namespace.
    /// </summary>
    internal const string Script = """
        set -eu
        root=$1; run=$2; dotnet=$3; tmpsize=$4; shift 4
        mount -t tmpfs -o size=16m,mode=755 rnnkata-sandbox "$root"
        for d in /usr /bin /sbin /lib /lib32 /lib64 /libx32 "$dotnet"; do
          [ -e "$d" ] || continue
          if [ -L "$d" ]; then [ -e "$root$d" ] || ln -s "$(readlink "$d")" "$root$d"; continue; fi
          [ -e "$root$d" ] && continue
          mkdir -p "$root$d"; mount --rbind "$d" "$root$d"; mount -o remount,bind,ro "$root$d"
        done
        mkdir -p "$root/etc" "$root/proc" "$root/dev" "$root/tmp"
        for f in /etc/ld.so.cache /etc/localtime; do
          [ -f "$f" ] || continue
          touch "$root/etc/${f##*/}"; mount --bind "$f" "$root/etc/${f##*/}"; mount -o remount,bind,ro "$root/etc/${f##*/}"
        done
        mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
        for n in null zero random urandom; do touch "$root/dev/$n"; mount --bind "/dev/$n" "$root/dev/$n"; done
        mount -t tmpfs -o "size=$tmpsize,mode=1777,nosuid,nodev" tmp "$root/tmp"
        while [ "$1" != "--" ]; do
          mkdir -p "$root$1"; mount --bind "$1" "$root$1"; mount -o remount,bind,ro "$root$1"; shift
        done
        shift
        mkdir -p "$root$run"
        mount --bind "$run" "$root$run"; mount -o remount,bind,ro "$root$run"
        mount --bind "$run/scratch" "$root$run/scratch"
        cd "$root"; mkdir .old; pivot_root . .old; cd /; umount -l /.old; rmdir /.old; mount -o remount,bind,ro /
        cd "$run"
        set +e
        setpriv --bounding-set=-all --inh-caps=-all --no-new-privs -- "$@"
        exit $?
        """;

    private static readonly string[] Namespaces = ["--user", "--map-root-user", "--net", "--mount", "--pid", "--ipc", "--uts", "--fork", "--kill-child"];

    private readonly int[] _cores = AllowedCores();
    private readonly int[] _runsOnCore;
    private readonly bool _hasTools;

    private TestSandbox(SandboxMode mode, bool isolated, bool hasTools, string? warning)
    {
        (Mode, IsIsolated, _hasTools, Warning) = (mode, isolated, hasTools, warning);
        _runsOnCore = new int[_cores.Length];
    }

    /// <summary>The mode asked for.</summary>
    public SandboxMode Mode { get; }

    /// <summary>Test processes run isolated.</summary>
    public bool IsIsolated { get; }

    /// <summary>What every student's report must say because test processes are not isolated; null when they are.</summary>
    public string? Warning { get; }

    private const string OffWarning =
        "Your lab's tests ran without OS isolation (sandbox off): the grade is still computed the same way, but your " +
        "instructor chose not to isolate the test process.";

    /// <summary>Finds out whether the test processes can be isolated here, by starting an isolated <c>true</c> under
    /// <paramref name="workDirectory"/> (a fraction of a second).</summary>
    /// <exception cref="FastPathException"><see cref="SandboxMode.Required"/> and isolation is not possible; the message says why.</exception>
    public static TestSandbox Create(SandboxMode mode, string dotnetPath, string workDirectory)
    {
        var hasTools = OperatingSystem.IsLinux() && new[] { "setsid", "taskset", "nice", "prlimit" }.All(OnPath);
        if (mode == SandboxMode.Off)
            return new TestSandbox(mode, false, hasTools, OffWarning);

        var reason = Probe(dotnetPath, workDirectory);
        if (reason is null)
            return new TestSandbox(mode, true, hasTools, null);
        if (mode == SandboxMode.Required)
            throw new FastPathException($"--sandbox required: the test processes cannot be isolated on this machine ({reason}).");
        return new TestSandbox(mode, false, hasTools,
            $"Your lab's tests ran without OS isolation ({reason}); the grade is computed the same way.");
    }

    /// <summary>Why isolation does not work here, or null when it does.</summary>
    private static string? Probe(string dotnetPath, string workDirectory)
    {
        if (!OperatingSystem.IsLinux())
            return "namespaces exist on Linux only";
        foreach (var tool in new[] { "unshare", "setpriv", "pivot_root", "mount", "sh" })
            if (!OnPath(tool))
                return $"'{tool}' was not found on PATH";

        var run = Path.Combine(Path.GetFullPath(workDirectory), "sandbox-probe");
        Directory.CreateDirectory(Path.Combine(run, ScratchFolder));
        try
        {
            var start = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])[.. Namespaces, "sh", "-c", Script, "rnnkata-sandbox", RootFor(run), run,
                                                RuntimeFolder(dotnetPath), "1m", "--", "true"])
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return "starting an isolated process took longer than 30 s";
            }
            return process.ExitCode == 0
                ? null
                : $"unshare failed with exit code {process.ExitCode}: {error.Result.Trim().Split('\n').FirstOrDefault()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"unshare could not be started: {e.Message}";
        }
    }

    /// <summary>The empty folder on which the sandbox mounts its root file system (beside the run folder, never inside it).</summary>
    private static string RootFor(string runFolder)
    {
        var root = Path.TrimEndingDirectorySeparator(runFolder) + ".root";
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary>
    /// The program and arguments that run <paramref name="command"/> (the <c>dotnet</c> path first) for the run folder
    /// <paramref name="runFolder"/> within <paramref name="limits"/>; <paramref name="core"/> from <see cref="AcquireCore"/>.
    /// <paramref name="readOnly"/> are folders the tests read (their snapshots), shown read-only at their own paths.
    /// </summary>
    internal IReadOnlyList<string> Wrap(IReadOnlyList<string> command, string runFolder, int core, FastPathLimits limits, IEnumerable<string> readOnly)
    {
        if (!_hasTools && !IsIsolated)
            return command;
        var limited = new List<string> { "prlimit", "--core=0", $"--fsize={limits.MaxFileBytes}" };
        if (limits.MaxNativeBytes is { } data)
            limited.Add($"--data={data}");
        limited.Add("--");
        limited.AddRange(command);

        var wrapped = new List<string>();
        if (_hasTools)
            wrapped.AddRange(["setsid", "--wait", "taskset", "--cpu-list", core.ToString(CultureInfo.InvariantCulture), "nice", "-n", "10"]);
        if (IsIsolated)
        {
            wrapped.AddRange(["unshare", .. Namespaces, "sh", "-c", Script, "rnnkata-sandbox", RootFor(runFolder), runFolder,
                              RuntimeFolder(command[0]), (limits.MaxScratchBytes >> 10).ToString(CultureInfo.InvariantCulture) + "k"]);
            wrapped.AddRange(readOnly.Where(Directory.Exists));
            wrapped.Add("--");
        }
        wrapped.AddRange(limited);
        return wrapped;
    }

    /// <summary>A CPU core for one test run, the one with the fewest runs on it (so concurrent runs get a core each
    /// while there are enough); give it back with <see cref="ReleaseCore"/>.</summary>
    internal int AcquireCore()
    {
        lock (_runsOnCore)
        {
            var least = Array.IndexOf(_runsOnCore, _runsOnCore.Min());
            _runsOnCore[least]++;
            return _cores[least];
        }
    }

    /// <summary>Gives back a core from <see cref="AcquireCore"/>.</summary>
    internal void ReleaseCore(int core)
    {
        lock (_runsOnCore)
            _runsOnCore[Array.IndexOf(_cores, core)]--;
    }

    /// <summary>The cores the grader itself may run on.</summary>
    private static int[] AllowedCores()
    {
        long mask;
        try
        {
            mask = OperatingSystem.IsLinux() || OperatingSystem.IsWindows() ? (long)Process.GetCurrentProcess().ProcessorAffinity : 0;
        }
        catch (Exception e) when (e is InvalidOperationException or PlatformNotSupportedException or System.ComponentModel.Win32Exception)
        {
            mask = 0;
        }
        var cores = Enumerable.Range(0, 64).Where(bit => (mask & (1L << bit)) != 0).ToArray();
        return cores.Length > 0 ? cores : Enumerable.Range(0, Environment.ProcessorCount).ToArray();
    }

    /// <summary>The folder of the .NET installation that <paramref name="dotnet"/> (a path, or a name on PATH) runs,
    /// links followed: the sandbox shows it at its own path.</summary>
    private static string RuntimeFolder(string dotnet)
    {
        var path = Path.IsPathRooted(dotnet)
            ? dotnet
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
              .Select(folder => Path.Combine(folder, dotnet)).FirstOrDefault(File.Exists) ?? dotnet;
        var target = File.Exists(path) ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path;
        return Path.GetDirectoryName(Path.GetFullPath(target))!;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(folder => File.Exists(Path.Combine(folder, tool)));
}
