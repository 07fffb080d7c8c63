using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RnnKata.Grading.FastPath;

/// <summary>How the test process ended.</summary>
/// <param name="ExitCode">Its exit code (-1 when it was killed).</param>
/// <param name="Output">The first <see cref="FastPathLimits.KeptOutputLines"/> lines of its output.</param>
/// <param name="TimedOut">It ran past the time limit and was killed.</param>
/// <param name="OutputOverflowed">It wrote more than the output limit and was killed.</param>
/// <param name="TestTimedOut">One test ran past the per-test limit and the process was killed.</param>
internal sealed record LabTestProcessResult(int ExitCode, IReadOnlyList<string> Output, bool TimedOut, bool OutputOverflowed, bool TestTimedOut = false);

/// <summary>Runs the fast path's test runner in a child process with a wall-clock limit, an output limit and a
/// managed-heap limit; kills its whole tree when a limit is passed or grading is cancelled.</summary>
internal static class LabTestProcess
{
    /// <summary>Runs <c>dotnet exec</c> on the runner in <paramref name="folder"/>, with the test project's runtime files.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; the process tree was killed.</exception>
    public static LabTestProcessResult Run(
        DotnetCli dotnet, string folder, string testAssemblyName, string resultFile, string progressFile,
        FastPathLimits limits, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(dotnet.Path)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in (string[])
                 ["exec",
                  "--runtimeconfig", Path.Combine(folder, testAssemblyName + ".runtimeconfig.json"),
                  "--depsfile", Path.Combine(folder, testAssemblyName + ".deps.json"),
                  Path.Combine(folder, TestRunnerProgram.AssemblyName + ".dll"),
                  Path.Combine(folder, testAssemblyName + ".dll"), resultFile, progressFile])
            startInfo.ArgumentList.Add(argument);
        foreach (var (name, value) in DotnetCli.ChildEnvironment)
        {
            if (value is null)
                startInfo.Environment.Remove(name);
            else
                startInfo.Environment[name] = value;
        }
        if (limits.MaxHeapBytes is { } heap)
            startInfo.Environment["DOTNET_GCHeapHardLimit"] = heap.ToString("X", CultureInfo.InvariantCulture);
        // No crash dumps or "createdump" pauses after a stack overflow.
        startInfo.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        // Plot snapshots' *.received.txt go to this run's own folder, never into the kata (TestSupport's PlotSnapshot).
        startInfo.Environment["RNNKATA_RECEIVED_DIR"] = Path.Combine(folder, "received");
        startInfo.Environment.Remove("RNNKATA_ACCEPT_SNAPSHOTS");

        var kept = new List<string>();
        long written = 0;
        var overflowed = false;
        var stdoutClosed = new TaskCompletionSource();
        var stderrClosed = new TaskCompletionSource();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Collect(e.Data, stdoutClosed);
        process.ErrorDataReceived += (_, e) => Collect(e.Data, stderrClosed);

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        var testClock = Stopwatch.StartNew();
        long progressLength = -1;
        var testTimedOut = false;
        bool exited;
        while (!(exited = process.WaitForExit(TimeSpan.FromMilliseconds(50))) && clock.Elapsed < limits.Timeout &&
               !cancellationToken.IsCancellationRequested && !Volatile.Read(ref overflowed))
        {
            // The runner appends a line to the progress file as each test starts and ends: a file that stops
            // growing for longer than the per-test limit means one test is stuck (NUnit's own timeouts are cooperative).
            var length = File.Exists(progressFile) ? new FileInfo(progressFile).Length : 0;
            if (length != progressLength)
            {
                progressLength = length;
                testClock.Restart();
            }
            else if (testClock.Elapsed > limits.TestTimeout)
            {
                testTimedOut = true;
                break;
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
            return new LabTestProcessResult(exited ? process.ExitCode : -1, kept.ToArray(), !exited && !overflowed && !testTimedOut, overflowed, testTimedOut);

        void Collect(string? line, TaskCompletionSource closed)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }
            lock (kept)
            {
                written += Encoding.UTF8.GetByteCount(line) + 1;
                if (kept.Count < FastPathLimits.KeptOutputLines)
                    kept.Add(line);
                if (written > limits.MaxOutputBytes)
                    Volatile.Write(ref overflowed, true);
            }
        }
    }
}
