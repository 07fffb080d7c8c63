using System.ComponentModel;

namespace RnnKata.Grading;

/// <summary>The <c>dotnet</c> command the grader drives, and the MSBuild settings every grading build shares.</summary>
/// <param name="Path">The dotnet executable (a full path, or a name looked up on PATH).</param>
public sealed record DotnetCli(string Path)
{
    /// <summary>
    /// The build configuration of every grading build. Grading builds in its own configuration so that
    /// (1) it never overwrites the Debug outputs that a student's IDE or an outer <c>dotnet test</c> is
    /// using at the same moment, and (2) incremental builds stay honest: outputs in this configuration
    /// always come from a <c>KataGrading=true</c> build, so an exercise that a Debug build compiled with
    /// a banned-API warning cannot be taken as up to date here.
    /// </summary>
    public const string Configuration = "Grading";

    /// <summary>The longest a lab's build or test run may take before it is killed.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The dotnet that runs this process: <c>DOTNET_HOST_PATH</c> (set by the SDK for its children),
    /// else this process if it is dotnet itself, else <c>dotnet</c> from PATH.</summary>
    public static DotnetCli Locate()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
            return new DotnetCli(hostPath);

        var processPath = Environment.ProcessPath;
        if (processPath is not null && System.IO.Path.GetFileNameWithoutExtension(processPath) == "dotnet")
            return new DotnetCli(processPath);

        return new DotnetCli("dotnet");
    }

    /// <summary>The MSBuild arguments that pick the graded side (the same for build and test).</summary>
    public static IReadOnlyList<string> MsBuildArguments(KataTarget target) => target == KataTarget.Exercises
        ? ["-c", Configuration, "-p:KataTarget=exercises", "-p:KataGrading=true"]
        : ["-c", Configuration, "-p:KataTarget=solutions"];

    /// <summary>Checks that dotnet runs in <paramref name="root"/> (where global.json picks the SDK); returns a
    /// message saying what is wrong, or null when it does.</summary>
    public string? Check(string root)
    {
        try
        {
            var result = Run(["--version"], root, TimeSpan.FromMinutes(1));
            return result.ExitCode == 0
                ? null
                : $"'{Path} --version' failed (exit code {result.ExitCode}): {string.Join(" ", result.Output.TakeLast(3))}";
        }
        catch (Win32Exception e)
        {
            return $"Could not run '{Path}': {e.Message}. Install the .NET SDK (see global.json) and make sure 'dotnet' is on PATH.";
        }
    }

    /// <summary>
    /// The environment of every dotnet the grader starts: English messages (the build-error parser looks
    /// for ": error "), no banners or telemetry, and none of the MSBuild paths that a parent dotnet (a
    /// test host, dotnet run) hands down, so the child picks the SDK of the graded folder's global.json.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ChildEnvironment { get; } = new Dictionary<string, string?>
    {
        ["DOTNET_CLI_UI_LANGUAGE"] = "en",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["MSBuildExtensionsPath"] = null,
        ["MSBuildSDKsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
    };

    /// <summary>Runs <c>dotnet</c> with the given arguments.</summary>
    public ProcessResult Run(IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
                             CancellationToken cancellationToken = default) =>
        ProcessRunner.Run(Path, arguments, workingDirectory, timeout, ChildEnvironment, cancellationToken);
}
