using RnnKata.Grading.FastPath;

namespace RnnKata.Grading.Tests.FastPath;

/// <summary>The grader's side of the runner's report channel: only lines that start with this run's secret count.</summary>
[Category("Grading")]
public class RunnerChannelTests
{
    private readonly RunnerChannel _channel = new();

    private string Line(string kind, string json) => $"{_channel.Secret} {kind} {json}";

    [Test]
    public void A_result_with_the_secret_is_read()
    {
        _channel.TryRead(Line("result", """{"name":"A.B","status":"Failed","message":"boom"}""")).Should().BeTrue();

        _channel.Results["A.B"].Should().Be(new ReportedResult("A.B", "Failed", "boom"));
    }

    [TestCase("result {\"name\":\"A.B\",\"status\":\"Passed\"}")]
    [TestCase("0123 result {\"name\":\"A.B\",\"status\":\"Passed\"}")]
    [TestCase("finished {}")]
    public void A_line_without_the_secret_is_the_processs_own_output(string forged)
    {
        _channel.TryRead(forged).Should().BeFalse();

        _channel.Results.Should().BeEmpty();
        _channel.Finished.Should().BeFalse();
    }

    [Test]
    public void Two_runs_never_share_a_secret() => new RunnerChannel().Secret.Should().NotBe(_channel.Secret).And.HaveLength(48);

    [Test]
    public void The_first_result_of_a_test_counts_and_a_later_one_cannot_replace_it()
    {
        _channel.TryRead(Line("result", """{"name":"A.B","status":"Failed","message":"wrong"}"""));
        _channel.TryRead(Line("result", """{"name":"A.B","status":"Passed"}"""));

        _channel.Results["A.B"].Status.Should().Be("Failed");
    }

    [Test]
    public void The_running_test_is_the_one_started_without_a_result()
    {
        _channel.TryRead(Line("start", """{"name":"A.First"}"""));
        _channel.TryRead(Line("result", """{"name":"A.First","status":"Passed"}"""));
        _channel.TryRead(Line("start", """{"name":"A.Second"}"""));

        _channel.Running.Should().Be("A.Second");
    }

    [TestCase("3", 3)]
    [TestCase("null", null)]
    [TestCase("0", null)]
    [TestCase("\"3\"", null)]
    public void A_listed_tests_task_is_its_positive_task_number_or_none(string task, int? expected)
    {
        var channel = new RunnerChannel();   // its own: the fixture's channel is shared by its tests

        channel.TryRead($"{channel.Secret} test " + $$"""{"name":"A.B","runState":"Runnable","extension":false,"task":{{task}}}""");

        channel.Listed.Should().ContainSingle().Which.Task.Should().Be(expected);
    }

    [Test]
    public void Listed_tests_keep_their_run_state_and_extension_category()
    {
        _channel.TryRead(Line("test", """{"name":"A.Explicit","runState":"Explicit","extension":true}"""));
        _channel.TryRead(Line("finished", "{}"));

        _channel.Listed.Should().Equal(new ListedTest("A.Explicit", "Explicit", true));
        _channel.Listed[0].IsSkippedByDesign.Should().BeTrue();
        _channel.Finished.Should().BeTrue();
    }

    [Test]
    public void A_report_that_is_not_json_is_not_read() =>
        _channel.TryRead(Line("result", "{not json")).Should().BeFalse();
}
