using System.Text.Json;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

[Category("Grading")]
public class JsonReportWriterTests
{
    [Test]
    public void Report_holds_target_timestamp_labs_tests_and_totals()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Serialize(Samples.TwoLabReport()));
        var root = json.RootElement;

        root.GetProperty("target").GetString().Should().Be("exercises");
        root.GetProperty("timestamp").GetDateTimeOffset().Should().Be(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));

        var lab01 = root.GetProperty("labs")[0];
        lab01.GetProperty("id").GetString().Should().Be("Lab01");
        lab01.GetProperty("title").GetString().Should().Be("Manual two-step RNN");
        lab01.GetProperty("status").GetString().Should().Be("partial");
        lab01.GetProperty("passed").GetInt32().Should().Be(6);
        lab01.GetProperty("failed").GetInt32().Should().Be(1);
        lab01.GetProperty("notStarted").GetInt32().Should().Be(1);
        lab01.GetProperty("points").GetDouble().Should().Be(7.5);
        lab01.GetProperty("maxPoints").GetInt32().Should().Be(10);

        var test = lab01.GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("outcome").GetString() == "not-started");
        test.GetProperty("name").GetString().Should().Be("RnnKata.Lab01.Tests.StepTests.Stub_1");
        test.GetProperty("message").GetString().Should().StartWith("Not started: Implement TwoStepRnn.FirstStep — see");

        var lab02 = root.GetProperty("labs")[1];
        lab02.GetProperty("status").GetString().Should().Be("build-failed");
        lab02.GetProperty("problems")[0].GetString().Should().Contain("error CS1002");

        var totals = root.GetProperty("totals");
        totals.GetProperty("points").GetDouble().Should().Be(7.5);
        totals.GetProperty("maxPoints").GetInt32().Should().Be(30);
        totals.GetProperty("passed").GetInt32().Should().Be(6);
    }

    [TestCase(LabStatus.Passed, "passed")]
    [TestCase(LabStatus.Partial, "partial")]
    [TestCase(LabStatus.Failed, "failed")]
    [TestCase(LabStatus.NotStarted, "not-started")]
    [TestCase(LabStatus.BuildFailed, "build-failed")]
    [TestCase(LabStatus.RunFailed, "run-failed")]
    public void Statuses_are_written_in_kebab_case(LabStatus status, string expected)
    {
        var report = Samples.TwoLabReport() with { Labs = [Scoring.Unscored(Samples.Lab01, status, [])] };

        using var json = JsonDocument.Parse(JsonReportWriter.Serialize(report));

        json.RootElement.GetProperty("labs")[0].GetProperty("status").GetString().Should().Be(expected);
    }

    [Test]
    public void Writing_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("grades/alice.json", "{ \"old\": true }");

        JsonReportWriter.Write(Samples.TwoLabReport(), path);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        json.RootElement.TryGetProperty("old", out _).Should().BeFalse();
        Directory.GetFiles(folder.Combine("grades")).Should().Equal(path);
    }

    [Test]
    public void Writing_creates_the_folder_of_the_report()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("new", "deeper", "report.json");

        JsonReportWriter.Write(Samples.TwoLabReport(), path);

        File.Exists(path).Should().BeTrue();
    }
}
