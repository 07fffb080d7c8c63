using System.Globalization;
using System.Xml.Linq;

namespace RnnKata.Grading.Exports;

/// <summary>
/// Writes one student's results as JUnit XML, the format CI systems show as test results: one
/// <c>testsuite</c> per lab, one <c>testcase</c> per test. Not-started tests are <c>error</c>s (type <c>not-started</c>, as
/// <c>results.json</c> says <c>error</c>) with the stub's message, failures carry their message, and a lab that did not build or run is one
/// <c>error</c> case holding the compiler's or the test host's words. Every attribute and text is made valid XML
/// (<see cref="SubmissionText.ForXml"/>) and the file is capped (<see cref="ReportCaps"/>).
/// </summary>
public static class JUnitReportWriter
{
    /// <summary>The JUnit document of one graded submission.</summary>
    /// <param name="report">The submission's grading report.</param>
    /// <param name="student">The student's name, used as the name of the whole run.</param>
    public static XDocument Build(GradingReport report, string student)
    {
        ArgumentNullException.ThrowIfNull(report);
        var suites = report.Labs.Select(Suite).ToArray();
        var document = new XDocument(new XElement("testsuites",
            new XAttribute("name", SubmissionText.Cap(student, SubmissionText.MaxNameChars)),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", suites.Sum(s => (int)s.Attribute("errors")!)),
            new XAttribute("skipped", suites.Sum(s => (int)s.Attribute("skipped")!)),
            suites));
        MakeValid(document);
        return document;
    }

    /// <summary>Every attribute and text made printable (<see cref="SubmissionText.ForXml"/>): a character XML 1.0
    /// refuses (U+0001, say, in a name or a compiler message) would make the document unwritable.</summary>
    private static void MakeValid(XDocument document)
    {
        foreach (var element in document.Descendants())
        {
            foreach (var attribute in element.Attributes())
                attribute.Value = SubmissionText.ForXml(attribute.Value, singleLine: true);
            foreach (var text in element.Nodes().OfType<XText>())
                text.Value = SubmissionText.ForXml(text.Value);
        }
    }

    /// <summary>Writes the document to <paramref name="path"/> atomically.</summary>
    public static void Write(GradingReport report, string student, string path) =>
        AtomicFile.WriteAllText(path, ReportCaps.Fit(report, capped => "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + Build(capped, student) + "\n"));

    private static XElement Suite(LabResult lab)
    {
        var cases = lab.Status is LabStatus.BuildFailed or LabStatus.RunFailed
            ? [new XElement("testcase",
                new XAttribute("classname", lab.Id),
                new XAttribute("name", lab.Status == LabStatus.BuildFailed ? "build" : "test run"),
                new XElement("error",
                    new XAttribute("message", lab.Status == LabStatus.BuildFailed ? "The lab did not build." : "The lab's tests did not run."),
                    string.Join("\n", lab.Problems)))]
            : lab.Tests.Select((test, i) => test.IsHidden ? HiddenCase(lab, test, i) : Case(lab, test)).ToArray();

        return new XElement("testsuite",
            new XAttribute("name", $"{lab.Id} {lab.Title}"),
            new XAttribute("tests", cases.Length),
            new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
            new XAttribute("errors", cases.Count(c => c.Element("error") is not null)),
            new XAttribute("skipped", cases.Count(c => c.Element("skipped") is not null)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "points"),
                    new XAttribute("value", lab.Points.ToString(CultureInfo.InvariantCulture))),
                new XElement("property", new XAttribute("name", "maxPoints"),
                    new XAttribute("value", lab.MaxPoints.ToString(CultureInfo.InvariantCulture)))),
            cases);
    }

    private static XElement Case(LabResult lab, TestResult test)
    {
        var (fixture, name) = Split(test.Name);
        var element = new XElement("testcase", new XAttribute("classname", $"{lab.Id}.{fixture}"), new XAttribute("name", name));
        switch (test.Outcome)
        {
            case TestOutcome.Failed:
                element.Add(new XElement("failure", new XAttribute("message", FirstLine(test.Message)), test.Message ?? ""));
                break;
            case TestOutcome.NotStarted:
                element.Add(new XElement(StudentResultsWriter.NotStartedStatus, new XAttribute("type", "not-started"),
                                         new XAttribute("message", test.Message ?? "Not started")));
                break;
            case TestOutcome.Skipped:
                element.Add(new XElement("skipped", new XAttribute("message", test.Message ?? "Skipped")));
                break;
        }
        if (test.IsExtension)
            element.Add(new XElement("properties", new XElement("property", new XAttribute("name", "extension"), new XAttribute("value", "true"))));
        return element;
    }

    /// <summary>A hidden test: its outcome without its name or message.</summary>
    private static XElement HiddenCase(LabResult lab, TestResult test, int index)
    {
        var element = new XElement("testcase", new XAttribute("classname", $"{lab.Id}.Hidden"), new XAttribute("name", $"hidden test {index + 1}"));
        if (test.Outcome == TestOutcome.Failed)
            element.Add(new XElement("failure", new XAttribute("message", "A hidden test failed.")));
        else if (test.Outcome == TestOutcome.NotStarted)
            element.Add(new XElement(StudentResultsWriter.NotStartedStatus, new XAttribute("type", "not-started"),
                                     new XAttribute("message", "A hidden test is not started.")));
        else if (test.Outcome == TestOutcome.Skipped)
            element.Add(new XElement("skipped", new XAttribute("message", "A hidden test did not run.")));
        return element;
    }

    /// <summary>"Fixture" and "Test(args)" from a test's short name.</summary>
    private static (string Fixture, string Name) Split(string fullName)
    {
        var shortName = ReportTable.ShortName(fullName);
        var arguments = shortName.IndexOf('(', StringComparison.Ordinal);
        var head = arguments < 0 ? shortName : shortName[..arguments];
        var dot = head.LastIndexOf('.');
        return dot < 0 ? ("", shortName) : (head[..dot], shortName[(dot + 1)..]);
    }

    private static string FirstLine(string? message) =>
        message?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}
