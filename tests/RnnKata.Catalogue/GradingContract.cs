namespace RnnKata.Catalogue;

/// <summary>
/// The strings the lab tests and the grader agree on. The test support library writes them into NUnit's
/// results, the lab tests tag with them, and the grader reads them back; all three take them from here, so
/// that a change on one side cannot silently break the other.
/// </summary>
public static class GradingContract
{
    /// <summary>
    /// How the message of a test that reached a stub begins. The test support library reports such a test
    /// Inconclusive with this prefix, a space and the stub's message
    /// (<c>Not started: Implement TwoStepRnn.FirstStep — see docs/…</c>); the grader counts an inconclusive
    /// test as not started only when its message starts with this prefix.
    /// </summary>
    public const string NotStartedPrefix = "Not started:";

    /// <summary>
    /// The NUnit category of tests that check optional extension exercises, which the grader reports apart
    /// and does not count toward the points: <c>[Category(GradingContract.ExtensionCategory)]</c> on the
    /// test or its fixture.
    /// </summary>
    public const string ExtensionCategory = "Extension";

    /// <summary>
    /// The NUnit property that names the chapter task a test checks (<c>## Task N</c> of the lab's chapter):
    /// <c>[KataTask(3)]</c> from the test support library on the test or its fixture sets it. The grader lists it
    /// with each test, so that progress is counted per task; a test without it falls back to the task its
    /// stub's message links to (<c>#task-N-…</c>), and otherwise has no task.
    /// </summary>
    public const string TaskProperty = "KataTask";
}
