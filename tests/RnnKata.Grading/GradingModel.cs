namespace RnnKata.Grading;

/// <summary>Which side of the kata a lab's tests are built against.</summary>
public enum KataTarget
{
    /// <summary>The students' code under <c>exercises/</c> (built with <c>-p:KataGrading=true</c>).</summary>
    Exercises,

    /// <summary>The reference solutions under <c>solutions/</c>.</summary>
    Solutions,
}

/// <summary>What happened to one test case, as the grader counts it.</summary>
public enum TestOutcome
{
    /// <summary>The test passed.</summary>
    Passed,

    /// <summary>The test failed, errored, or ended inconclusive or with a warning for a reason other than a stub.</summary>
    Failed,

    /// <summary>The test reached a stub: NUnit reported it inconclusive with a message starting <c>Not started:</c>.</summary>
    NotStarted,

    /// <summary>The test did not run (ignored or explicit); it does not count towards the lab's total.</summary>
    Skipped,
}

/// <summary>The verdict on one lab.</summary>
public enum LabStatus
{
    /// <summary>Every test passed.</summary>
    Passed,

    /// <summary>Some tests passed, not all.</summary>
    Partial,

    /// <summary>No test passed and at least one failed.</summary>
    Failed,

    /// <summary>Every test reached a stub.</summary>
    NotStarted,

    /// <summary>The lab's tests did not compile against the graded code (the student's compile error).</summary>
    BuildFailed,

    /// <summary>The tests compiled but produced no results (the test host crashed or timed out, or found no tests).</summary>
    RunFailed,
}

/// <summary>One test case's result.</summary>
/// <param name="Name">The test's full name (namespace, fixture, method and arguments).</param>
/// <param name="Outcome">How the grader counts it.</param>
/// <param name="Message">NUnit's failure or reason message; null when the test passed without one.</param>
/// <param name="IsExtension">The test checks an optional extension exercise (NUnit category
/// <c>Extension</c>): it is reported, but does not count towards the lab's points.</param>
public sealed record TestResult(string Name, TestOutcome Outcome, string? Message, bool IsExtension = false)
{
    /// <summary>How much the test counts towards the lab's points (1 unless a grading file says otherwise; 0 for extensions).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The test is one of the instructor's hidden tests (<c>--hidden-tests</c>): students see only counts, never its name or message.</summary>
    public bool IsHidden { get; init; }

    /// <summary>The chapter task the test checks, as its <c>[KataTask(N)]</c> says (fast path only); null when untagged.</summary>
    public int? Task { get; init; }

    /// <summary>The task to count the test under: its tag, else the task its not-started message links to, else null.</summary>
    public int? TaskOrLinked => Task ?? Exports.StudentResultsWriter.TaskIdOf(Message);
}

/// <summary>Tests of one lab, counted by outcome.</summary>
public sealed record TestCounts(int Passed, int Failed, int NotStarted, int Skipped)
{
    /// <summary>The tests that count: all but the skipped ones.</summary>
    public int Total => Passed + Failed + NotStarted;

    /// <summary>Counts a list of results.</summary>
    public static TestCounts Of(IReadOnlyCollection<TestResult> tests) => new(
        tests.Count(t => t.Outcome == TestOutcome.Passed),
        tests.Count(t => t.Outcome == TestOutcome.Failed),
        tests.Count(t => t.Outcome == TestOutcome.NotStarted),
        tests.Count(t => t.Outcome == TestOutcome.Skipped));

    /// <summary>No tests at all.</summary>
    public static TestCounts None { get; } = new(0, 0, 0, 0);

    /// <summary>Adds two counts (for the totals line).</summary>
    public static TestCounts operator +(TestCounts a, TestCounts b) =>
        new(a.Passed + b.Passed, a.Failed + b.Failed, a.NotStarted + b.NotStarted, a.Skipped + b.Skipped);
}

/// <summary>The graded result of one lab.</summary>
/// <param name="Id">The lab's id, e.g. <c>Lab01</c>.</param>
/// <param name="Title">The lab's title.</param>
/// <param name="Status">The verdict.</param>
/// <param name="Counts">Scored tests by outcome, extension tests left out (all zero when the build or the run failed).</param>
/// <param name="Points">Points earned, rounded to 0.1.</param>
/// <param name="MaxPoints">Points the lab is worth (from the catalogue).</param>
/// <param name="Tests">Every test case's result.</param>
/// <param name="Problems">Why a build or a run failed: the first compiler errors, or the test host's last words.</param>
public sealed record LabResult(
    string Id,
    string Title,
    LabStatus Status,
    TestCounts Counts,
    double Points,
    int MaxPoints,
    IReadOnlyList<TestResult> Tests,
    IReadOnlyList<string> Problems)
{
    /// <summary>Tests of the lab's optional extension exercises, by outcome: reported, never scored.</summary>
    public TestCounts Extensions { get; init; } = TestCounts.None;

    /// <summary>The instructor's hidden tests, by outcome (included in <see cref="Counts"/>).</summary>
    public TestCounts Hidden { get; init; } = TestCounts.None;

    /// <summary>The part of <see cref="Points"/> that came from hidden tests, rounded to 0.1.</summary>
    public double HiddenPoints { get; init; }

    /// <summary>What the analyzers said about the student's code of this lab (warnings kept for feedback, and the errors that failed the build).</summary>
    public IReadOnlyList<AnalyzerFinding> Findings { get; init; } = [];

    /// <summary>Visible (not hidden) scored tests, by outcome: what a student may be told about.</summary>
    public TestCounts Visible => new(
        Counts.Passed - Hidden.Passed, Counts.Failed - Hidden.Failed, Counts.NotStarted - Hidden.NotStarted, Counts.Skipped - Hidden.Skipped);
}

/// <summary>One analyzer or compiler diagnostic about a student's source file.</summary>
/// <param name="Id">The rule, e.g. <c>RK0004</c> or <c>RS0030</c>.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Message">The rule's message.</param>
/// <param name="File">The file, relative to the exercises folder (<c>Lab02.ElmanBptt/ElmanNetwork.cs</c>).</param>
/// <param name="Line">1-based line.</param>
/// <param name="HelpLink">Where the rule is explained (the rule's page under <c>docs/analyzers/</c>), or null.</param>
public sealed record AnalyzerFinding(string Id, string Severity, string Message, string File, int Line, string? HelpLink);

/// <summary>The whole grading run.</summary>
/// <param name="Target">The side that was graded.</param>
/// <param name="Submission">The graded submission folder, or null for the working copy.</param>
/// <param name="Timestamp">When grading finished (UTC).</param>
/// <param name="Labs">One result per graded lab, in curriculum order.</param>
public sealed record GradingReport(KataTarget Target, string? Submission, DateTimeOffset Timestamp, IReadOnlyList<LabResult> Labs)
{
    /// <summary>Integrity warnings and problems with the submission that did not stop grading (edited tests or
    /// project files that were ignored, skipped files, symlinks): reported, never scored.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>All labs' counts added up.</summary>
    public TestCounts Counts => Labs.Aggregate(TestCounts.None, (sum, lab) => sum + lab.Counts);

    /// <summary>Points earned in all labs, rounded to 0.1.</summary>
    public double Points => Scoring.Round(Labs.Sum(lab => lab.Points));

    /// <summary>Points all labs are worth.</summary>
    public int MaxPoints => Labs.Sum(lab => lab.MaxPoints);
}
