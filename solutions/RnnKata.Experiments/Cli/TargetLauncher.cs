using System.Diagnostics;
using System.Reflection;
using RnnKata.Catalogue;

namespace RnnKata.Experiments.Cli;

/// <summary>
/// The lab projects of the exercises and of the solutions share their assembly names, so one build runs
/// one side: this program is built against the side its <c>KataTarget</c> property named (solutions by
/// default). Asked for the other side, it re-launches itself through <c>dotnet run -p:KataTarget=…</c>.
/// </summary>
public static class TargetLauncher
{
    /// <summary>The side this build runs: the <c>KataTarget</c> it was built with.</summary>
    public static string BuiltTarget { get; } =
        typeof(TargetLauncher).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "KataTarget")?.Value
        ?? "solutions";

    /// <summary>
    /// Runs this command again, built against <paramref name="target"/>, with the same arguments, and returns
    /// its exit code. The child's output goes to this console.
    /// </summary>
    public static int Relaunch(string target, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = KataPaths.FindRoot();
        var configuration = typeof(TargetLauncher).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = Directory.GetCurrentDirectory() };
        foreach (var argument in RelaunchArguments(root, configuration, target, args))
            start.ArgumentList.Add(argument);
        Console.Error.WriteLine($"This build runs the {BuiltTarget}; building and running against the {target}: dotnet {string.Join(' ', start.ArgumentList)}");
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start 'dotnet' to run the experiments against " + target + ".");
        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>The arguments of the <c>dotnet</c> command that runs the experiments against <paramref name="target"/>.</summary>
    public static IReadOnlyList<string> RelaunchArguments(string root, string configuration, string target, IReadOnlyList<string> args) =>
    [
        "run", "-c", configuration,
        "--project", Path.Combine(root, "solutions", "RnnKata.Experiments", "RnnKata.Experiments.csproj"),
        $"-p:KataTarget={target}",
        "--", .. args,
    ];
}
