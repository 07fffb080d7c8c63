using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RnnKata.Grading.FastPath;

/// <summary>How the test process ended.</summary>
/// <param name="ExitCode">Its exit code (-1 when it was killed before it finished).</param>
/// <param name="Output">The first <see cref="FastPathLimits.KeptOutputLines"/> lines of its own output (reports left out).</param>
/// <param name="TimedOut">It ran past the time limit and was killed.</param>
/// <param name="OutputOverflowed">It wrote more than the output limit and was killed.</param>
/// <param name="TestTimedOut">One test ran past the per-test limit and the process was killed.</param>
/// <param name="Channel">What the runner reported (tests listed, results, the running test, whether it finished).</param>
internal sealed record LabTestProcessResult(
    int ExitCode, IReadOnlyList<string> Output, bool TimedOut, bool OutputOverflowed, bool TestTimedOut, RunnerChannel Channel);

/// <summary>What the runner is asked to do.</summary>
internal enum RunnerMode
{
    /// <summary>Report the tests the assembly holds; run none.</summary>
    List,

    /// <summary>Run the tests and report each result as it ends.</summary>
    Run,
}

/// <summary>Runs the fast path's test runner in a child process (in the <see cref="TestSandbox"/>) with a wall-clock limit,
/// a per-test limit, an output limit and memory limits; reads its reports from its standard output and nothing else;
/// kills its whole tree when a limit is passed, when grading is cancelled, or once the runner said it finished.</summary>
internal static class LabTestProcess
{
    /// <summary>How long a process that reported everything may take to exit (exit handlers) before it is killed.</summary>
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(2);

    /// <summary>Runs <c>dotnet exec</c> on the runner in <paramref name="folder"/>, with the test project's runtime files.</summary>
    /// <param name="dotnet">The SDK's <c>dotnet</c>.</param>
    /// <param name="sandbox">Where the process runs.</param>
    /// <param name="folder">The run folder: the test assembly, its dependencies, the runner, the graded lab assembly, and an empty <c>scratch/</c>.</param>
    /// <param name="testAssemblyName">The test assembly's name.</param>
    /// <param name="labAssemblyName">The graded lab assembly's name (control exceptions thrown from it are failures).</param>
    /// <param name="mode">List or run.</param>
    /// <param name="fixtures">Fixture (class) names to run; empty runs all.</param>
    /// <param name="readOnly">Folders the tests read (their snapshots), shown read-only in the sandbox.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="cancellationToken">Cancels the run (the process tree is killed).</param>
    /// <exception cref="OperationCanceledException">Cancelled; the process tree was killed.</exception>
    public static LabTestProcessResult Run(
        DotnetCli dotnet, TestSandbox sandbox, string folder, string testAssemblyName, string labAssemblyName, RunnerMode mode,
        IReadOnlyList<string> fixtures, IEnumerable<string> readOnly, FastPathLimits limits, CancellationToken cancellationToken)
    {
        var scratch = Path.Combine(folder, TestSandbox.ScratchFolder);
        Directory.CreateDirectory(Path.Combine(scratch, "tmp"));
        string[] command =
        [
            dotnet.Path, "exec",
            "--runtimeconfig", Path.Combine(folder, testAssemblyName + ".runtimeconfig.json"),
            "--depsfile", Path.Combine(folder, testAssemblyName + ".deps.json"),
            Path.Combine(folder, TestRunnerProgram.AssemblyName + ".dll"),
            mode == RunnerMode.List ? "list" : "run", Path.Combine(folder, testAssemblyName + ".dll"), labAssemblyName,
        ];
        var core = sandbox.AcquireCore();
        try
        {
            var program = sandbox.Wrap(command, folder, core, limits, readOnly);
            var startInfo = new ProcessStartInfo(program[0])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            foreach (var argument in program.Skip(1))
                startInfo.ArgumentList.Add(argument);
            SetEnvironment(startInfo, sandbox, scratch, limits);
            return Run(startInfo, fixtures, limits, cancellationToken);
        }
        finally
        {
            sandbox.ReleaseCore(core);
        }
    }

    /// <summary>The child's whole environment: nothing of the grader's but the path and the language, so that no
    /// setting or secret of the grading machine reaches code under test.</summary>
    private static void SetEnvironment(ProcessStartInfo startInfo, TestSandbox sandbox, string scratch, FastPathLimits limits)
    {
        var environment = startInfo.Environment;
        var kept = new[] { "PATH", "LANG", "LC_ALL" }.ToDictionary(name => name, name => environment.TryGetValue(name, out var value) ? value : null);
        environment.Clear();
        foreach (var (name, value) in kept)
            if (value is not null)
                environment[name] = value;
        foreach (var (name, value) in DotnetCli.ChildEnvironment)
            if (value is not null)
                environment[name] = value;
        var temporary = sandbox.IsIsolated ? "/tmp" : Path.Combine(scratch, "tmp");
        environment["HOME"] = temporary;
        environment["TMPDIR"] = temporary;
        if (limits.MaxHeapBytes is { } heap)
            environment["DOTNET_GCHeapHardLimit"] = heap.ToString("X", CultureInfo.InvariantCulture);
        // No crash dumps or "createdump" pauses after a stack overflow, and no diagnostics socket.
        environment["DOTNET_DbgEnableMiniDump"] = "0";
        environment["DOTNET_EnableDiagnostics"] = "0";
        // Plot snapshots' *.received.txt go to this run's own scratch folder, never into the kata (TestSupport's PlotSnapshot).
        environment["RNNKATA_RECEIVED_DIR"] = Path.Combine(scratch, "received");
    }

    private static LabTestProcessResult Run(ProcessStartInfo startInfo, IReadOnlyList<string> fixtures, FastPathLimits limits, CancellationToken cancellationToken)
    {
        var channel = new RunnerChannel();
        var kept = new List<string>();
        long written = 0;
        long lastReport = Stopwatch.GetTimestamp();
        var overflowed = false;
        var stdoutClosed = new TaskCompletionSource();
        var stderrClosed = new TaskCompletionSource();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Collect(e.Data, stdoutClosed, reports: true);
        process.ErrorDataReceived += (_, e) => Collect(e.Data, stderrClosed, reports: false);

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // The secret first, then what to run; the runner reads all of it before it loads any test code.
            process.StandardInput.Write(channel.Secret + "\n" + string.Concat(fixtures.Select(f => f + "\n")));
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It died at once; its output says why.
        }

        var clock = Stopwatch.StartNew();
        var testTimedOut = false;
        bool exited;
        while (!(exited = process.WaitForExit(TimeSpan.FromMilliseconds(50))) && clock.Elapsed < limits.Timeout &&
               !cancellationToken.IsCancellationRequested && !Volatile.Read(ref overflowed))
        {
            lock (kept)
            {
                // Reports come as each test starts and ends: none for longer than the per-test limit means one test
                // is stuck (NUnit's own timeouts are cooperative). Once the runner finished, exit handlers get a moment.
                var quiet = Stopwatch.GetElapsedTime(lastReport);
                if (channel.Finished && quiet > ExitGrace)
                    break;
                if (!channel.Finished && quiet > limits.TestTimeout)
                {
                    testTimedOut = true;
                    break;
                }
            }
        }
        if (!exited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the wait and the kill.
            }
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        else
        {
            process.WaitForExit();   // lets the output events drain
        }
        Task.WaitAll([stdoutClosed.Task, stderrClosed.Task], TimeSpan.FromSeconds(5));
        cancellationToken.ThrowIfCancellationRequested();

        lock (kept)
        {
            var finished = channel.Finished;
            return new LabTestProcessResult(exited ? process.ExitCode : -1, kept.ToArray(),
                                            !finished && !exited && !overflowed && !testTimedOut, overflowed, testTimedOut, channel);
        }

        void Collect(string? line, TaskCompletionSource closed, bool reports)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }
            lock (kept)
            {
                if (reports && channel.TryRead(line))
                {
                    lastReport = Stopwatch.GetTimestamp();
                    return;
                }
                written += Encoding.UTF8.GetByteCount(line) + 1;
                if (kept.Count < FastPathLimits.KeptOutputLines)
                    kept.Add(line);
                if (written > limits.MaxOutputBytes)
                    Volatile.Write(ref overflowed, true);
            }
        }
    }
}
