using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>How a lab's build went.</summary>
/// <param name="Succeeded">The lab's test project built.</param>
/// <param name="Errors">The first distinct compiler or MSBuild errors, with paths relative to the kata.</param>
public sealed record BuildOutcome(bool Succeeded, IReadOnlyList<string> Errors);

/// <summary>Builds a lab's test project (and so the graded code it references) against one side of the kata.</summary>
public sealed class BuildRunner(DotnetCli dotnet)
{
    /// <summary>How many errors a report keeps: the first ones are the ones to fix.</summary>
    public const int MaxErrors = 5;

    /// <summary>Builds <paramref name="lab"/>'s test project in the kata at <paramref name="root"/>.</summary>
    public BuildOutcome Build(string root, Lab lab, KataTarget target, CancellationToken cancellationToken = default)
    {
        var project = Path.Combine(root, lab.TestProject);
        if (!File.Exists(project))
            return new BuildOutcome(false, [$"The lab's test project {lab.TestProject} does not exist."]);

        // -nodeReuse:false: no MSBuild node outlives the build (they would hold our output pipes).
        var result = dotnet.Run(
            ["build", project, .. DotnetCli.MsBuildArguments(target), "-nologo", "-nodeReuse:false", "-tl:off", "-v:minimal", "-clp:NoSummary"],
            root,
            DotnetCli.StepTimeout,
            cancellationToken);

        if (result.TimedOut)
            return new BuildOutcome(false, [$"The build took longer than {DotnetCli.StepTimeout.TotalMinutes} minutes and was stopped."]);
        if (result.ExitCode == 0)
            return new BuildOutcome(true, []);

        var errors = ErrorsIn(result.Output, root);
        return new BuildOutcome(false, errors.Count > 0
            ? errors
            : [$"dotnet build failed (exit code {result.ExitCode}):", .. result.Output.TakeLast(MaxErrors)]);
    }

    /// <summary>
    /// The first <see cref="MaxErrors"/> distinct error lines of a build's output, with the kata's root
    /// taken off the paths and MSBuild's trailing <c>[project.csproj]</c> dropped.
    /// </summary>
    public static IReadOnlyList<string> ErrorsIn(IEnumerable<string> output, string root)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return output
            .Where(line => line.Contains(": error ", StringComparison.Ordinal))
            .Select(line => Tidy(line, prefix))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxErrors)
            .ToArray();
    }

    private static string Tidy(string line, string rootPrefix)
    {
        line = line.Trim();
        if (line.EndsWith(']'))
        {
            var open = line.LastIndexOf(" [", StringComparison.Ordinal);
            if (open > 0)
                line = line[..open];
        }
        return line.Replace(rootPrefix, "", StringComparison.Ordinal);
    }
}
