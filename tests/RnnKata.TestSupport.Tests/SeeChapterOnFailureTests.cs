using System.Reflection;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace RnnKata.TestSupport.Tests;

/// <summary>A failing lab test names the chapter section of its task; other outcomes keep their message.</summary>
[TestFixture]
public class SeeChapterOnFailureTests
{
    private static Dictionary<string, ITestResult> _results = null!;

    [OneTimeSetUp]
    public void RunPlantedFixture()
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(Assembly.GetExecutingAssembly(), new Dictionary<string, object>());
        var filter = TestFilter.FromXml($"<filter><class>{typeof(PlantedChapterFixture).FullName}</class></filter>");
        _results = Leaves(runner.Run(TestListener.NULL, filter)).ToDictionary(r => r.Name);
    }

    [TestCase(nameof(PlantedChapterFixture.Fails_in_task_2), PlantedChapterFixture.TaskTwo, "a task 2 failure")]
    [TestCase("Fails_in_task_1_from_a_test_case(1)", PlantedChapterFixture.TaskOne, "a task 1 failure")]
    [TestCase("Fails_in_task_1_from_a_test_case(2)", PlantedChapterFixture.TaskOne, "a task 1 failure")]
    [TestCase(nameof(PlantedChapterFixture.Fails_without_a_task), PlantedChapterFixture.BadInput, "a failure outside the tasks")]
    public void A_failure_keeps_its_message_and_ends_with_its_section(string test, string section, string because)
    {
        var result = _results[test];

        result.ResultState.Should().Be(ResultState.Failure);
        result.Message.Should().Contain(because).And.EndWith("— see " + section);
    }

    [Test]
    public void A_crash_names_its_section_too()
    {
        var result = _results[nameof(PlantedChapterFixture.Crashes_in_task_2)];

        result.ResultState.Should().Be(ResultState.Error);
        result.Message.Should().Contain("a crash").And.EndWith("— see " + PlantedChapterFixture.TaskTwo);
    }

    [Test]
    public void A_message_that_names_a_section_is_left_alone() =>
        _results[nameof(PlantedChapterFixture.Fails_naming_its_own_section)].Message.Should()
            .NotContain(PlantedChapterFixture.TaskOne, "the test's own section wins").And.Contain(PlantedChapterFixture.TaskTwo);

    [Test]
    public void A_stub_is_still_not_started()
    {
        var result = _results[nameof(PlantedChapterFixture.Reaches_a_stub)];

        result.ResultState.Status.Should().Be(TestStatus.Inconclusive);
        result.Message.Should().Be("Not started: " + PlantedFixture.StubMessage);
    }

    [Test]
    public void A_pass_still_passes() =>
        _results[nameof(PlantedChapterFixture.Passes)].ResultState.Status.Should().Be(TestStatus.Passed);

    [Test]
    public void Every_planted_test_ran() => _results.Should().HaveCount(8);

    private static IEnumerable<ITestResult> Leaves(ITestResult result) =>
        result.HasChildren ? result.Children.SelectMany(Leaves) : [result];
}
