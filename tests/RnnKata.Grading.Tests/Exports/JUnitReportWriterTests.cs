using RnnKata.Grading.Exports;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Exports;

[Category("Grading")]
public class JUnitReportWriterTests
{
    [Test]
    public void One_suite_per_lab_with_counts_that_match_its_cases()
    {
        var root = JUnitReportWriter.Build(Samples.TwoLabReport(), "alice").Root!;

        root.Name.LocalName.Should().Be("testsuites");
        root.Attribute("name")!.Value.Should().Be("alice");
        var suites = root.Elements("testsuite").ToArray();
        suites.Should().HaveCount(2);

        var lab01 = suites[0];
        lab01.Attribute("name")!.Value.Should().Be("Lab01 Manual two-step RNN");
        ((int)lab01.Attribute("tests")!).Should().Be(8);
        ((int)lab01.Attribute("failures")!).Should().Be(1);
        ((int)lab01.Attribute("errors")!).Should().Be(1, "the not-started test is an error, as results.json says");
        ((int)lab01.Attribute("skipped")!).Should().Be(0);
        ((int)root.Attribute("tests")!).Should().Be(9);
    }

    [Test]
    public void Failure_keeps_its_message_and_not_started_says_which_stub()
    {
        var cases = JUnitReportWriter.Build(Samples.TwoLabReport(), "alice").Descendants("testcase").ToArray();

        var failing = cases.Single(c => c.Element("failure") is not null);
        failing.Attribute("classname")!.Value.Should().Be("Lab01.StepTests");
        failing.Attribute("name")!.Value.Should().Be("Failing_1");
        failing.Element("failure")!.Attribute("message")!.Value.Should().Be("Expected Y0[0,1] to be 0.5 ± 1e-12, but found 0.7.");
        failing.Element("failure")!.Value.Should().Contain("see docs/01-two-step-rnn.md");

        var notStarted = cases.Single(c => c.Element("error")?.Attribute("type") is not null).Element("error")!;
        notStarted.Attribute("type")!.Value.Should().Be("not-started");
        notStarted.Attribute("message")!.Value.Should().StartWith("Not started: Implement TwoStepRnn.FirstStep");
    }

    [Test]
    public void A_not_started_test_has_the_same_status_here_and_in_results_json()
    {
        var report = Samples.TwoLabReport();
        var results = System.Text.Json.JsonDocument.Parse(StudentResultsWriter.Serialize(report)).RootElement.GetProperty("tests")
            .EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Lab01 StepTests.Stub_1");
        var junit = JUnitReportWriter.Build(report, "alice").Descendants("testcase").Single(c => c.Attribute("name")!.Value == "Stub_1");

        results.GetProperty("status").GetString().Should().Be(StudentResultsWriter.NotStartedStatus);
        junit.Elements().Select(e => e.Name.LocalName).Should().Equal(StudentResultsWriter.NotStartedStatus);
    }

    [Test]
    public void Lab_that_did_not_build_is_one_error_case_with_the_compiler_errors()
    {
        var lab02 = JUnitReportWriter.Build(Samples.TwoLabReport(), "alice").Root!.Elements("testsuite").ElementAt(1);

        ((int)lab02.Attribute("errors")!).Should().Be(1);
        lab02.Element("testcase")!.Element("error")!.Value.Should().Contain("error CS1002: ; expected");
    }

    [Test]
    public void Written_file_is_well_formed_xml()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("junit", "alice.xml");

        JUnitReportWriter.Write(Samples.TwoLabReport(), "alice", path);

        System.Xml.Linq.XDocument.Load(path).Root!.Name.LocalName.Should().Be("testsuites");
    }
}
