using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace RnnKata.Grading.Tests.Support;

/// <summary>What a script run in a hosted PowerShell left behind.</summary>
/// <param name="ExitCode"><c>$LASTEXITCODE</c> after the run (the script's <c>exit</c> code), or null.</param>
/// <param name="Output">The success stream as text. A native command's standard output arrives here line by
/// line: the hosted engine captures it, where a console would show it.</param>
/// <param name="Errors">The error stream as text; a native command's standard error arrives here.</param>
public sealed record ScriptRun(int? ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Errors);

/// <summary>
/// Runs PowerShell scripts in-process with System.Management.Automation, the way the tests can without a
/// pwsh binary. The hosted engine has only the Microsoft.PowerShell.Core cmdlets.
/// </summary>
public static class PowerShellHost
{
    /// <summary>The repository's <c>grade.ps1</c>.</summary>
    public static string GradeScript => Path.Combine(Catalogue.KataPaths.FindRoot(TestContext.CurrentContext.TestDirectory), "grade.ps1");

    /// <summary>A session like pwsh's default one, allowed to run local scripts (on Windows too).</summary>
    public static InitialSessionState NewSessionState()
    {
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
            state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;   // elsewhere there is no policy to set
        return state;
    }

    /// <summary>
    /// Invokes the script by its path (so that <c>$PSScriptRoot</c> is its folder) with named parameters;
    /// stops it when <paramref name="cancellationToken"/> fires.
    /// </summary>
    /// <exception cref="RuntimeException">The script failed before it ran (for example a parameter did not validate).</exception>
    public static ScriptRun Run(string scriptPath, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken = default)
    {
        using var runspace = RunspaceFactory.CreateRunspace(NewSessionState());
        runspace.Open();
        using var shell = PowerShell.Create(runspace);
        shell.AddCommand(scriptPath);
        foreach (var (name, value) in parameters)
            shell.AddParameter(name, value);

        var pending = shell.BeginInvoke();
        WaitHandle.WaitAny([pending.AsyncWaitHandle, cancellationToken.WaitHandle]);
        if (!pending.IsCompleted)
        {
            shell.Stop();
            cancellationToken.ThrowIfCancellationRequested();
        }

        var output = shell.EndInvoke(pending);
        var exitCode = runspace.SessionStateProxy.GetVariable("LASTEXITCODE") as int?;
        return new ScriptRun(
            exitCode,
            output.Select(o => o?.ToString() ?? "").ToArray(),
            shell.Streams.Error.Select(e => e.ToString()).ToArray());
    }

    /// <summary>The names of the cmdlets the hosted engine has.</summary>
    public static IReadOnlySet<string> HostedCmdlets()
    {
        using var runspace = RunspaceFactory.CreateRunspace(NewSessionState());
        runspace.Open();
        using var shell = PowerShell.Create(runspace);
        shell.AddCommand("Get-Command").AddParameter("CommandType", CommandTypes.Cmdlet);
        return shell.Invoke().Select(c => ((CommandInfo)c.BaseObject).Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
