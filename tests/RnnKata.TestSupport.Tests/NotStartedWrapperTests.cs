using System.Reflection;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace RnnKata.TestSupport.Tests;

[TestFixture]
public class NotStartedWrapperTests
{
    private static Dictionary<string, ITestResult> _results = null!;

    [OneTimeSetUp]
    public void RunPlantedFixture()
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(Assembly.GetExecutingAssembly(), new Dictionary<string, object>());
        var filter = TestFilter.FromXml($"<filter><class>{typeof(PlantedFixture).FullName}</class></filter>");
        var root = runner.Run(TestListener.NULL, filter);
        _results = Leaves(root).ToDictionary(r => r.Name);
    }

    [TestCase(nameof(PlantedFixture.Reaches_a_stub))]
    [TestCase(nameof(PlantedFixture.Reaches_a_stub_through_reflection))]
    [TestCase(nameof(PlantedFixture.Reaches_a_stub_asynchronously))]
    [TestCase("Reaches_a_stub_from_a_test_case(1)")]
    [TestCase("Reaches_a_stub_from_a_test_case(2)")]
    [TestCase(nameof(PlantedFixture.Reaches_a_stub_where_bad_input_is_expected))]
    public void A_test_that_reaches_a_stub_is_not_started(string test)
    {
        var result = _results[test];

        result.ResultState.Status.Should().Be(TestStatus.Inconclusive);
        result.Message.Should().Be("Not started: " + PlantedFixture.StubMessage, "the message names the stub and its chapter");
    }

    [Test]
    public void A_failed_assertion_still_fails() =>
        _results[nameof(PlantedFixture.Fails_an_assertion)].ResultState.Should().Be(ResultState.Failure);

    [Test]
    public void Another_exception_is_still_an_error() =>
        _results[nameof(PlantedFixture.Throws_another_exception)].ResultState.Should().Be(ResultState.Error);

    [Test]
    public void A_passing_test_still_passes() =>
        _results[nameof(PlantedFixture.Passes)].ResultState.Status.Should().Be(TestStatus.Passed);

    [Test]
    public void Every_planted_test_ran() => _results.Should().HaveCount(9);

    private static IEnumerable<ITestResult> Leaves(ITestResult result) =>
        result.HasChildren ? result.Children.SelectMany(Leaves) : [result];
}
