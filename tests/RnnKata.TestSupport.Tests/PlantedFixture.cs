using System.Reflection;
using RnnKata.TestSupport;

namespace RnnKata.TestSupport.Tests;

/// <summary>
/// Tests with known outcomes, run only by <see cref="NotStartedWrapperTests"/> through a nested
/// NUnit runner (explicit, so a normal run skips them).
/// </summary>
[TestFixture, Explicit("Planted outcomes for NotStartedWrapperTests")]
public class PlantedFixture
{
    public const string StubMessage = "Implement Planted.Step — see docs/01-two-step-rnn.md#task-1-the-first-step";

    [Test]
    public void Reaches_a_stub() => Stub();

    [Test]
    public void Reaches_a_stub_through_reflection() =>
        typeof(PlantedFixture).GetMethod(nameof(Stub), BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null);

    [Test]
    public async Task Reaches_a_stub_asynchronously()
    {
        await Task.Yield();
        Stub();
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Reaches_a_stub_from_a_test_case(int n) => Stub();

    [Test]
    public void Reaches_a_stub_where_bad_input_is_expected()
    {
        Action act = Stub;
        act.ShouldRejectArgument("x0");
    }

    [Test]
    public void Fails_an_assertion() => 1.Should().Be(2, "a real failure must stay a failure");

    [Test]
    public void Throws_another_exception() => throw new InvalidOperationException("a real crash must stay an error");

    [Test]
    public void Passes() => 1.Should().Be(1);

    private static void Stub() => throw new NotImplementedException(StubMessage);
}
