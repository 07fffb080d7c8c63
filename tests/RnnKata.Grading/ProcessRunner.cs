using System.Diagnostics;

namespace RnnKata.Grading;

/// <summary>How a child process ended.</summary>
/// <param name="ExitCode">Its exit code (-1 when it was killed).</param>
/// <param name="Output">Its standard output and error, line by line, in arrival order.</param>
/// <param name="TimedOut">It ran past its time limit and was killed with its children.</param>
public sealed record ProcessResult(int ExitCode, IReadOnlyList<string> Output, bool TimedOut);

/// <summary>Runs a child process with captured output and a time limit.</summary>
public static class ProcessRunner
{
    /// <summary>How long to wait for the output pipes to close once the process has exited: a build
    /// server it started may hold them open for good.</summary>
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(5);

    /// <summary>How often the wait looks at the clock and the cancellation token.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> (passed as they are, no shell
    /// quoting) in <paramref name="workingDirectory"/>; kills the whole process tree after <paramref name="timeout"/>
    /// or when <paramref name="cancellationToken"/> fires. <paramref name="environment"/> sets variables for the
    /// child (a null value removes one).</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program could not be started (not found).</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the process tree was killed.</exception>
    public static ProcessResult Run(
        string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                startInfo.Environment.Remove(name);
            else
                startInfo.Environment[name] = value;
        }

        var output = new List<string>();
        // Set when each pipe reaches its end. Not disposable on purpose: a late end of stream (from a
        // build server that outlived the wait) must find them alive.
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
        bool exited;
        while (!(exited = process.WaitForExit(PollInterval)) && clock.Elapsed < timeout && !cancellationToken.IsCancellationRequested)
        {
            // Keep waiting.
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
            process.WaitForExit(OutputGrace);
        }
        Task.WaitAll([stdoutClosed.Task, stderrClosed.Task], OutputGrace);
        cancellationToken.ThrowIfCancellationRequested();

        lock (output)
            return new ProcessResult(exited ? process.ExitCode : -1, output.ToArray(), !exited);

        void Collect(string? line, TaskCompletionSource closed)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }
            lock (output)
                output.Add(line);
        }
    }
}
