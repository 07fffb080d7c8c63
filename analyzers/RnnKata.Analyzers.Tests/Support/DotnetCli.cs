using System.Diagnostics;
using System.Text;

namespace RnnKata.Analyzers.Tests.Support;

/// <summary>What a <c>dotnet</c> child process did: its exit code and its output, stdout and stderr interleaved.</summary>
internal sealed record DotnetResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>The command and its full output, for a failure message.</summary>
    public override string ToString() => $"`{CommandLine}` exited with {ExitCode}. Output:\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a child process, with a time limit.</summary>
internal static class DotnetCli
{
    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.
    /// On timeout or cancellation the whole process tree is killed and a <see cref="TimeoutException"/>
    /// carrying the output so far is thrown.
    /// </summary>
    public static async Task<DotnetResult> RunAsync(
        string workingDirectory, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        IsolateFromTheTestRunsBuild(start.Environment);

        var output = new StringBuilder();
        void Append(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = "dotnet " + string.Join(' ', arguments);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            lock (output)
                throw new TimeoutException($"`{commandLine}` did not finish within {timeout} and was killed. Output so far:\n{output}");
        }
        lock (output)
            return new DotnetResult(commandLine, process.ExitCode, output.ToString());
    }

    // The test host may run under `dotnet test`, whose MSBuild leaves variables behind that would
    // point the child build at the parent's MSBuild and SDK; the child must resolve its own.
    private static void IsolateFromTheTestRunsBuild(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            environment.Remove(name);
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
