using System.Xml;
using System.Xml.Linq;
using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>
/// Reads the NUnit 3 result file that the NUnit adapter writes (<c>-- NUnit.TestOutputXml=DIR</c>).
/// The grader reads this file, not VSTest's counts or TRX, because VSTest drops inconclusive tests,
/// and inconclusive is how a test that reached a stub reports itself ("Not started: …").
/// </summary>
public static class NUnitXmlReader
{
    /// <summary>Reads every <c>test-case</c> of a result file.</summary>
    /// <exception cref="FormatException">The file is not an NUnit 3 result file.</exception>
    public static IReadOnlyList<TestResult> ReadFile(string path)
    {
        try
        {
            return Read(XDocument.Load(path));
        }
        catch (XmlException e)
        {
            throw new FormatException($"{path} is not valid XML: {e.Message}", e);
        }
    }

    /// <summary>Reads every <c>test-case</c> of a result document.</summary>
    /// <exception cref="FormatException">The document is not an NUnit 3 result (no <c>test-run</c> root).</exception>
    public static IReadOnlyList<TestResult> Read(XDocument document)
    {
        if (document.Root?.Name.LocalName != "test-run")
            throw new FormatException($"Expected an NUnit 3 result file (root <test-run>), found <{document.Root?.Name.LocalName}>.");

        return document.Descendants("test-case").Select(ReadCase).ToArray();
    }

    private static TestResult ReadCase(XElement testCase)
    {
        var name = (string?)testCase.Attribute("fullname") ?? (string?)testCase.Attribute("name") ?? "(unnamed test)";
        var result = (string?)testCase.Attribute("result") ?? "";
        var message = MessageOf(testCase);
        var isExtension = IsExtension(testCase);

        // A test failed by its fixture's OneTimeSetUp says so on the fixture ("site=Parent").
        if (message is null && (string?)testCase.Attribute("site") == "Parent")
            message = testCase.Ancestors("test-suite").Select(MessageOf).FirstOrDefault(m => m is not null);

        if (result == "Skipped")
            message ??= (string?)testCase.Attribute("label");
        return Outcome(name, result, message, isExtension);
    }

    /// <summary>How the grader counts a test case that NUnit reported with status <paramref name="result"/>
    /// (<c>Passed</c>, <c>Failed</c>, <c>Inconclusive</c>, <c>Skipped</c>, <c>Warning</c>) and <paramref name="message"/>.</summary>
    public static TestResult Outcome(string name, string result, string? message, bool isExtension)
    {
        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        return result switch
        {
            "Passed" => new TestResult(name, TestOutcome.Passed, message, isExtension),
            "Skipped" => new TestResult(name, TestOutcome.Skipped, message, isExtension),
            "Inconclusive" when message?.StartsWith(GradingContract.NotStartedPrefix, StringComparison.Ordinal) == true =>
                new TestResult(name, TestOutcome.NotStarted, message, isExtension),
            // Inconclusive for another reason (an Assume), a warning, or anything NUnit adds later:
            // the test did not pass cleanly, so it earns nothing.
            "Failed" => new TestResult(name, TestOutcome.Failed, message, isExtension),
            _ => new TestResult(name, TestOutcome.Failed, message is null ? result : $"{result}: {message}", isExtension),
        };
    }

    /// <summary>Whether the test case, or a suite around it (its method or fixture), is in the extension category.</summary>
    private static bool IsExtension(XElement testCase) =>
        testCase.AncestorsAndSelf()
            .SelectMany(element => element.Elements("properties").Elements("property"))
            .Any(property => (string?)property.Attribute("name") == "Category" &&
                             (string?)property.Attribute("value") == GradingContract.ExtensionCategory);

    /// <summary>The element's own failure or reason message, trimmed; null when it has none.</summary>
    private static string? MessageOf(XElement element)
    {
        var message = (string?)element.Element("failure")?.Element("message")
                      ?? (string?)element.Element("reason")?.Element("message");
        return string.IsNullOrWhiteSpace(message) ? null : message.Trim();
    }
}
