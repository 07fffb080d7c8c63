namespace RnnKata.TestSupport.Tests;

/// <summary>
/// Failures with known tasks, run only by <see cref="SeeChapterOnFailureTests"/> through a nested NUnit runner
/// (explicit, so a normal run skips them).
/// </summary>
[TestFixture, Explicit("Planted outcomes for SeeChapterOnFailureTests")]
[ReportStubsAsNotStarted, SeeChapterOnFailure(TaskOne, TaskTwo, Otherwise = BadInput)]
public class PlantedChapterFixture
{
    public const string TaskOne = "docs/01-two-step-rnn.md#task-1-the-first-step";
    public const string TaskTwo = "docs/01-two-step-rnn.md#task-2-the-second-step";
    public const string BadInput = "docs/01-two-step-rnn.md#reporting-bad-input";

    [Test, KataTask(2)]
    public void Fails_in_task_2() => 1.Should().Be(2, "a task 2 failure");

    [TestCase(1), TestCase(2), KataTask(1)]
    public void Fails_in_task_1_from_a_test_case(int n) => n.Should().Be(3, "a task 1 failure");

    [Test]
    public void Fails_without_a_task() => 1.Should().Be(2, "a failure outside the tasks");

    [Test, KataTask(2)]
    public void Crashes_in_task_2() => throw new InvalidOperationException("a crash");

    [Test, KataTask(1)]
    public void Fails_naming_its_own_section() => 1.Should().Be(2, "it already says: see " + TaskTwo);

    [Test, KataTask(1)]
    public void Reaches_a_stub() => throw new NotImplementedException(PlantedFixture.StubMessage);

    [Test, KataTask(1)]
    public void Passes() => 1.Should().Be(1);
}
