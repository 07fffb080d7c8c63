using RnnKata.Catalogue;

namespace RnnKata.Grading.Tests.Support;

/// <summary>Labs, results and reports to test the scoring and the report writers with.</summary>
public static class Samples
{
    /// <summary>A ten-point lab.</summary>
    public static Lab Lab01 { get; } = new("Lab01", 1, "Manual two-step RNN", "Lab01.TwoStepRnn", "docs/01-two-step-rnn.md", "Lab01", 10);

    /// <summary>A twenty-point lab.</summary>
    public static Lab Lab02 { get; } = new("Lab02", 2, "Backpropagation through time", "Lab02.Bptt", "docs/02-bptt.md", "Lab02", 20);

    /// <summary>The path of a file in TestData/.</summary>
    public static string TestData(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name);

    /// <summary>Test results: <paramref name="passed"/> passing, <paramref name="failed"/> failing,
    /// <paramref name="notStarted"/> reaching a stub, <paramref name="skipped"/> ignored.</summary>
    public static IReadOnlyList<TestResult> Tests(int passed, int failed = 0, int notStarted = 0, int skipped = 0) =>
    [
        .. Enumerable.Range(1, passed).Select(i => new TestResult($"RnnKata.Lab01.Tests.StepTests.Passing_{i}", TestOutcome.Passed, null)),
        .. Enumerable.Range(1, failed).Select(i => new TestResult($"RnnKata.Lab01.Tests.StepTests.Failing_{i}", TestOutcome.Failed,
                                                                  $"Expected Y0[0,{i}] to be 0.5 ± 1e-12, but found 0.7.\nsee docs/01-two-step-rnn.md")),
        .. Enumerable.Range(1, notStarted).Select(i => new TestResult($"RnnKata.Lab01.Tests.StepTests.Stub_{i}", TestOutcome.NotStarted,
                                                                      "Not started: Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md")),
        .. Enumerable.Range(1, skipped).Select(i => new TestResult($"RnnKata.Lab01.Tests.StepTests.Ignored_{i}", TestOutcome.Skipped, "later")),
    ];

    /// <summary>A report of two labs: Lab01 three quarters done, Lab02 not compiling.</summary>
    public static GradingReport TwoLabReport() => new(
        KataTarget.Exercises,
        null,
        new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero),
        [
            Scoring.Score(Lab01, Tests(passed: 6, failed: 1, notStarted: 1)),
            Scoring.Unscored(Lab02, LabStatus.BuildFailed,
                ["exercises/Lab02.Bptt/Bptt.cs(12,5): error CS1002: ; expected"]),
        ]);
}
