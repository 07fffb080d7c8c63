using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>How a lab's test run went: the results, or why there are none.</summary>
/// <param name="Tests">Every test case's result; empty when the run failed.</param>
/// <param name="Problems">Why the run produced no results; empty when it did.</param>
public sealed record TestRunOutcome(IReadOnlyList<TestResult> Tests, IReadOnlyList<string> Problems)
{
    /// <summary>The run produced a result file.</summary>
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>Runs a lab's already-built tests and reads NUnit's own result file.</summary>
public sealed class TestRunner(DotnetCli dotnet)
{
    /// <summary>
    /// Runs <paramref name="lab"/>'s tests with <c>dotnet test --no-build</c>, asking the NUnit adapter for
    /// its XML (<c>NUnit.TestOutputXml</c>) in a fresh folder under <paramref name="workDirectory"/>.
    /// The exit code of <c>dotnet test</c> is ignored (it is 1 whenever a test fails); only the file counts.
    /// </summary>
    public TestRunOutcome Run(string root, Lab lab, KataTarget target, string workDirectory, CancellationToken cancellationToken = default)
    {
        var resultsDirectory = Path.Combine(workDirectory, lab.Id);
        var xmlDirectory = Path.Combine(resultsDirectory, "nunit");
        Directory.CreateDirectory(xmlDirectory);

        var result = dotnet.Run(
            ["test", Path.Combine(root, lab.TestProject), "--no-build", .. DotnetCli.MsBuildArguments(target),
             "--results-directory", resultsDirectory, "--", $"NUnit.TestOutputXml={xmlDirectory}"],
            root,
            DotnetCli.StepTimeout,
            cancellationToken);

        if (result.TimedOut)
            return Failed($"The tests took longer than {DotnetCli.StepTimeout.TotalMinutes} minutes and were stopped (an endless loop?).");

        var xmlFile = Directory.EnumerateFiles(xmlDirectory, "*.xml").FirstOrDefault();
        if (xmlFile is null)
            return Failed(WhyNoResults(result));

        try
        {
            return new TestRunOutcome(NUnitXmlReader.ReadFile(xmlFile), []);
        }
        catch (FormatException e)
        {
            return Failed($"The NUnit result file could not be read: {e.Message}");
        }
    }

    /// <summary>The test host's last words: VSTest's "aborted" reason (a crash, e.g. a stack overflow) or the last lines.</summary>
    public static string WhyNoResults(ProcessResult result)
    {
        var aborted = result.Output.FirstOrDefault(line => line.Contains("aborted. Reason:", StringComparison.OrdinalIgnoreCase));
        return aborted is not null
            ? $"The test run produced no results. {aborted.Trim()}"
            : $"The test run produced no results (dotnet test exit code {result.ExitCode}): " +
              string.Join(" | ", result.Output.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(3).Select(l => l.Trim()));
    }

    private static TestRunOutcome Failed(string problem) => new([], [problem]);
}
