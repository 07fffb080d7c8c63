using System.Text.Json;
using RnnKata.Grading.Exports;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Exports;

[Category("Grading")]
public class StudentResultsWriterTests
{
    private static JsonElement Serialize(GradingReport report, Func<TestResult, string?>? code = null) =>
        JsonDocument.Parse(StudentResultsWriter.Serialize(report, code)).RootElement.Clone();

    private static GradingReport Report(params LabResult[] labs) => new(KataTarget.Exercises, "alice", DateTimeOffset.UnixEpoch, labs);

    [Test]
    public void Document_has_the_exercism_and_classroom_top_level_fields()
    {
        var root = Serialize(Samples.TwoLabReport());

        root.GetProperty("version").GetInt32().Should().Be(3);
        root.GetProperty("status").GetString().Should().Be("fail");
        root.GetProperty("max_score").GetInt32().Should().Be(30);
        root.GetProperty("score").GetDouble().Should().Be(7.5);
        root.GetProperty("message").GetString().Should().Contain("Lab02 did not build").And.Contain("error CS1002");
    }

    [Test]
    public void Every_test_that_ran_is_listed_with_status_score_and_message()
    {
        var tests = Serialize(Samples.TwoLabReport()).GetProperty("tests").EnumerateArray().ToArray();

        tests.Should().HaveCount(8, "Lab01 ran 6 passing, 1 failing and 1 not-started test; Lab02 did not build");
        var passed = tests.First(t => t.GetProperty("status").GetString() == "pass");
        passed.GetProperty("name").GetString().Should().Be("Lab01 StepTests.Passing_1");
        passed.GetProperty("score").GetDouble().Should().Be(1.25, "a 10-point lab with 8 scored tests gives 1.25 per test");
        passed.GetProperty("message").ValueKind.Should().Be(JsonValueKind.Null);

        var failed = tests.Single(t => t.GetProperty("status").GetString() == "fail");
        failed.GetProperty("score").GetDouble().Should().Be(0);
        failed.GetProperty("message").GetString().Should().StartWith("Expected Y0[0,1] to be 0.5");

        var notStarted = tests.Single(t => t.GetProperty("status").GetString() == "error");
        notStarted.GetProperty("message").GetString().Should().StartWith("Not started:");
    }

    [Test]
    public void Scores_of_the_tests_add_up_to_the_labs_points()
    {
        var report = Report(Scoring.Score(Samples.Lab01, Samples.Tests(passed: 2, failed: 1)));

        var scores = Serialize(report).GetProperty("tests").EnumerateArray().Sum(t => t.GetProperty("score").GetDecimal());

        scores.Should().Be(6.7m, "the lab's 6.7 points (2 × 10/3, rounded) are shared out whole: 3.35 + 3.35");
    }

    [Test]
    public void Scores_of_the_tests_add_up_to_the_score_exactly_with_thirds_sevenths_weights_and_hidden_tests()
    {
        // 10 points over 7 tests, 3 passing: 4.3, which thirds of 1.429 (rounded shares) would miss by 0.013.
        var sevenths = Scoring.Score(Samples.Lab01, Samples.Tests(passed: 3, failed: 4));
        // 20 points, weights 2, 1, 1 and a hidden test; the hidden test's points are an entry of their own.
        var weighted = Scoring.Score(Samples.Lab02,
        [
            new TestResult("RnnKata.Lab02.Tests.A.One", TestOutcome.Passed, null),
            new TestResult("RnnKata.Lab02.Tests.A.Two", TestOutcome.Passed, null),
            new TestResult("RnnKata.Lab02.Tests.A.Three", TestOutcome.Failed, "no"),
            new TestResult("RnnKata.Lab02.Tests.Hidden.Four", TestOutcome.Passed, null) { IsHidden = true },
        ], new LabScheme(20, [new WeightRule("A.One", 2)]));
        var report = Report(sevenths, weighted);

        var root = Serialize(report);
        var scores = root.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("score").GetDecimal()).ToArray();

        scores.Sum().Should().Be(root.GetProperty("score").GetDecimal());
        root.GetProperty("score").GetDecimal().Should().Be((decimal)report.Points);
        scores.Should().OnlyContain(s => s * 1000 == decimal.Truncate(s * 1000), "scores are whole thousandths of a point");
    }

    [Test]
    public void Status_is_pass_only_when_every_lab_passed()
    {
        Serialize(Report(Scoring.Score(Samples.Lab01, Samples.Tests(passed: 3)))).GetProperty("status").GetString().Should().Be("pass");
        Serialize(Report(Scoring.Score(Samples.Lab01, Samples.Tests(passed: 3, notStarted: 1)))).GetProperty("status").GetString().Should().Be("fail");
    }

    [Test]
    public void Status_is_error_when_no_lab_ran_a_test()
    {
        var root = Serialize(Report(Scoring.Unscored(Samples.Lab01, LabStatus.BuildFailed, ["Step.cs(3,1): error CS0103: x"])));

        root.GetProperty("status").GetString().Should().Be("error");
        root.GetProperty("tests").GetArrayLength().Should().Be(0);
        root.GetProperty("message").GetString().Should().Contain("error CS0103");
    }

    [Test]
    public void Test_code_comes_from_the_lookup_and_task_id_from_the_stubs_link()
    {
        var root = Serialize(Samples.TwoLabReport(), t => $"// source of {ReportTable.ShortName(t.Name)}");
        var notStarted = root.GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("status").GetString() == "error");

        notStarted.GetProperty("test_code").GetString().Should().Be("// source of StepTests.Stub_1");
    }

    [TestCase("Not started: Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md#task-1-the-first-step", 1)]
    [TestCase("Not started: Implement Bptt.Backward — see docs/02-elman-bptt.md#task-12-backward", 12)]
    [TestCase("Not started: see docs/02-elman-bptt.md#extension-deep-output", null)]
    [TestCase(null, null)]
    public void Task_id_is_read_from_the_chapter_anchor(string? message, int? expected) =>
        StudentResultsWriter.TaskIdOf(message).Should().Be(expected);

    [Test]
    public void Task_id_is_the_tests_own_tag_when_it_has_one_even_once_it_passes()
    {
        var tests = new[]
        {
            new TestResult("Lab01.Tests.StepTests.Tagged", TestOutcome.Passed, null) { Task = 2 },
            new TestResult("Lab01.Tests.StepTests.TaggedNotStarted", TestOutcome.NotStarted,
                           "Not started: Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md#task-1-the-first-step") { Task = 3 },
            new TestResult("Lab01.Tests.StepTests.Untagged", TestOutcome.Passed, null),
        };

        var byName = Serialize(Report(Scoring.Score(Samples.Lab01, tests))).GetProperty("tests").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("task_id"));

        byName["Lab01 StepTests.Tagged"].GetInt32().Should().Be(2);
        byName["Lab01 StepTests.TaggedNotStarted"].GetInt32().Should().Be(3, "the tag wins over the stub's link");
        byName["Lab01 StepTests.Untagged"].ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
