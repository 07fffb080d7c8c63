using System.Security.Cryptography;
using System.Text.Json;

namespace RnnKata.Grading.FastPath;

/// <summary>A test the runner found in a test assembly (<c>list</c> mode).</summary>
/// <param name="Name">The test's full name.</param>
/// <param name="RunState">NUnit's run state: <c>Runnable</c>, <c>Explicit</c>, <c>Ignored</c>, <c>NotRunnable</c>, …</param>
/// <param name="IsExtension">The test or a suite around it is in the <c>Extension</c> category.</param>
internal sealed record ListedTest(string Name, string RunState, bool IsExtension)
{
    /// <summary>The chapter task the test checks (<see cref="RnnKata.Catalogue.GradingContract.TaskProperty"/> on it or
    /// a suite around it); null when untagged.</summary>
    public int? Task { get; init; }

    /// <summary>NUnit does not run the test unless asked (explicit or ignored): it is skipped, not failed, when it reports nothing.</summary>
    public bool IsSkippedByDesign => RunState is "Explicit" or "Ignored" or "Skipped";
}

/// <summary>One test's result as the runner reported it.</summary>
/// <param name="Name">The test's full name.</param>
/// <param name="Status">NUnit's status (<c>Passed</c>, <c>Failed</c>, <c>Inconclusive</c>, <c>Skipped</c>, <c>Warning</c>).</param>
/// <param name="Message">NUnit's message, or the runner's when the test was failed for a forged outcome.</param>
internal sealed record ReportedResult(string Name, string Status, string? Message);

/// <summary>
/// The grader's side of the runner's report channel (see <see cref="TestRunnerProgram"/>): lines on the test
/// process's standard output that begin with a secret the grader wrote to the process's standard input. Any
/// other line is the process's own output. Code under test never learns the secret (the runner reads it
/// before loading any), so it cannot forge a report; what it writes to files is never read.
/// </summary>
internal sealed class RunnerChannel
{
    /// <summary>The secret to write to the runner's standard input (fresh and random for each run).</summary>
    public string Secret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>Tests listed, in the order the runner found them.</summary>
    public List<ListedTest> Listed { get; } = [];

    /// <summary>Results reported, by test name (the first report of a name counts).</summary>
    public Dictionary<string, ReportedResult> Results { get; } = new(StringComparer.Ordinal);

    /// <summary>The test that started and has not reported a result, if any.</summary>
    public string? Running { get; private set; }

    /// <summary>The runner reported that it finished: every result it will send has been sent.</summary>
    public bool Finished { get; private set; }

    /// <summary>Reads one line of the process's output; false when it is not a report (the process's own output).</summary>
    public bool TryRead(string line)
    {
        var secret = Secret;
        if (line.Length <= secret.Length + 1 || !line.StartsWith(secret, StringComparison.Ordinal) || line[secret.Length] != ' ')
            return false;
        var rest = line.AsSpan(secret.Length + 1);
        var space = rest.IndexOf(' ');
        if (space <= 0)
            return false;
        var kind = rest[..space].ToString();
        JsonElement fields;
        try
        {
            using var document = JsonDocument.Parse(rest[(space + 1)..].ToString());
            fields = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return false;
        }
        if (fields.ValueKind != JsonValueKind.Object)
            return false;

        switch (kind)
        {
            case "test":
                Listed.Add(new ListedTest(Text(fields, "name"), Text(fields, "runState"),
                                          fields.TryGetProperty("extension", out var extension) && extension.ValueKind == JsonValueKind.True)
                {
                    Task = fields.TryGetProperty("task", out var task) && task.ValueKind == JsonValueKind.Number && task.TryGetInt32(out var number) && number >= 1
                        ? number
                        : null,
                });
                return true;
            case "start":
                Running = Text(fields, "name");
                return true;
            case "result":
                var name = Text(fields, "name");
                Results.TryAdd(name, new ReportedResult(name, Text(fields, "status"), fields.TryGetProperty("message", out var m) ? m.GetString() : null));
                if (Running == name)
                    Running = null;
                return true;
            case "finished":
                Finished = true;
                return true;
            default:
                return false;
        }
    }

    private static string Text(JsonElement fields, string name) =>
        fields.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
