using System.Text.Json;
using System.Xml.Linq;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RnnKata.Grading.Class;
using RnnKata.Grading.Exports;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Exports;

/// <summary>
/// PLANTED: a report whose every submission text is hostile (a forged "Total: 50 / 50" heading, <c>&lt;script&gt;</c>,
/// ANSI escapes, carriage returns, U+0001, a fence of backticks, a <c>javascript:</c> link, a message of megabytes)
/// goes through every writer, and every file comes out valid for its sink: the XML parses, the Markdown has no raw
/// HTML, no heading but the writer's own and no link but the kata's, the JSON parses, the console text and the CSV
/// hold no control character, and nothing is larger than its cap.
/// </summary>
[Category("Grading")]
public class HostileTextTests
{
    private const string Forgery = "ok\n\n# Total: 50 / 50\n<script>alert('pwned')</script>\u001b[2J\u001b[31mred\rover\u0001 ```` ~~~\n</code></pre><h1>x</h1>";
    private const string Student = "Eve <b>bold</b> \u001b[31m# Total: 50 / 50\u0001\r\n- [x](javascript:alert(1))";

    private TempFolder _out = null!;

    [SetUp]
    public void CreateFolder() => _out = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _out.Dispose();

    private static GradingReport HostileReport(string message) => new(
        KataTarget.Exercises, "eve", DateTimeOffset.UnixEpoch,
        [
            Scoring.Score(Samples.Lab01, [
                new TestResult("RnnKata.Lab01.Tests.StepTests.Passing", TestOutcome.Passed, null),
                new TestResult("RnnKata.Lab01.Tests.StepTests.Failing", TestOutcome.Failed, message),
                new TestResult("RnnKata.Lab01.Tests.StepTests.Stub", TestOutcome.NotStarted, "Not started: " + message),
            ]) with
            {
                Findings = [new AnalyzerFinding("RK0001", "warning", message, "Lab01/<img src=x>.cs", 3, "javascript:alert(1)")],
            },
            Scoring.Unscored(Samples.Lab02, LabStatus.BuildFailed, ["TwoStepRnn.cs(1,2): error CS1029: #error: '" + message + "'"]),
        ])
    {
        Warnings = ["Skipped '" + message + "': a symbolic link."],
    };

    /// <summary>Writes every per-student report the way a class run does; returns the files.</summary>
    private Dictionary<string, string> WriteAll(GradingReport report)
    {
        var files = new Dictionary<string, string>
        {
            ["feedback.md"] = _out.Combine("feedback.md"),
            ["junit.xml"] = _out.Combine("junit.xml"),
            ["results.json"] = _out.Combine("results.json"),
            ["report.json"] = _out.Combine("report.json"),
        };
        FeedbackWriter.Write(report, Student, files["feedback.md"]);
        JUnitReportWriter.Write(report, Student, files["junit.xml"]);
        StudentResultsWriter.Write(report, files["results.json"]);
        JsonReportWriter.Write(report, files["report.json"]);
        return files;
    }

    [Test]
    public void The_junit_report_parses_and_shows_the_forbidden_characters_escaped()
    {
        var xml = XDocument.Load(WriteAll(HostileReport(Forgery))["junit.xml"]);

        xml.Root!.Attribute("name")!.Value.Should().StartWith("Eve <b>bold</b> \\u001B[31m# Total: 50 / 50\\u0001\\u000D\\u000A");
        xml.Descendants("failure").Single().Value.Should().Contain("\\u001B[2J").And.Contain("over\\u0001");
        xml.Descendants("error").Single(e => e.Attribute("type") is null).Value.Should().Contain("#error").And.NotContain("\u0001");
    }

    [Test]
    public void The_feedback_has_no_raw_html_no_forged_heading_and_no_link_of_the_students()
    {
        var text = File.ReadAllText(WriteAll(HostileReport(Forgery))["feedback.md"]);
        var document = Markdown.Parse(text, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        document.Descendants<HtmlBlock>().Should().BeEmpty();
        document.Descendants<HtmlInline>().Should().BeEmpty();
        document.Descendants<HtmlEntityInline>().Should().BeEmpty();
        document.Descendants<LinkInline>().Should().BeEmpty("the only link would be a help link, and javascript: is not one");
        document.Descendants<HeadingBlock>().Select(Inline).Should().Equal(
            $"RnnKata feedback: Eve <b>bold</b> \\u001B[31m# Total: 50 / 50\\u0001\\u000D\\u000A- [x](javascript:alert(1))",
            "About your submission",
            "Lab01: Manual two-step RNN",
            "Lab02: Backpropagation through time");
        Markdown.ToHtml(text).Should().NotContain("<script").And.NotContain("<b>").And.NotContain("<h1>x");
        text.Should().NotContain("\u001b").And.NotContain("\u0001").And.NotContain("\r");
    }

    [Test]
    public void The_json_reports_parse_and_hold_no_raw_control_character()
    {
        var files = WriteAll(HostileReport(Forgery));

        foreach (var file in new[] { "results.json", "report.json" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(files[file]));
            var texts = Strings(json.RootElement).ToArray();
            texts.Should().Contain(t => t.Contains("\\u001B[2J", StringComparison.Ordinal), file);
            texts.SelectMany(t => t).Where(c => char.IsControl(c) && c is not ('\n' or '\t')).Should().BeEmpty(file);
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Test]
    public void The_console_table_and_the_gradebook_hold_no_control_character()
    {
        var report = HostileReport(Forgery);
        var grade = new StudentGrade(Student, report, StudentId: "Eve_b_bold_b", LmsId: "42");

        var console = ReportTable.Render(report) + ClassTable.Render([Samples.Lab01, Samples.Lab02], [grade], GradingScheme.FromCatalogue([Samples.Lab01, Samples.Lab02]));
        var csv = GradebookCsvWriter.Render([Samples.Lab01, Samples.Lab02], [grade, new StudentGrade("Bob", null, Forgery)]);

        console.Where(c => char.IsControl(c) && c != '\n').Should().BeEmpty();
        console.Should().Contain("\\u001B[2J");
        csv.Replace("\r\n", "", StringComparison.Ordinal).Where(char.IsControl).Should().BeEmpty();
        csv.Split("\r\n").Should().HaveCount(4, "a header, two students, and the final line break");
    }

    [Test]
    public void A_message_of_megabytes_is_cut_with_a_visible_marker_and_every_file_stays_under_its_cap()
    {
        var huge = string.Concat(Enumerable.Repeat("Expected 1 but found 2. ", 400_000)); // about 9.6 MB

        var files = WriteAll(HostileReport(huge));

        foreach (var (name, path) in files)
        {
            new FileInfo(path).Length.Should().BeLessThan(SubmissionText.MaxFileChars + 4096, name);
            File.ReadAllText(path).Should().Contain(SubmissionText.TruncatedMarker, name);
        }
        var parse = () => XDocument.Load(files["junit.xml"]);
        parse.Should().NotThrow();
    }

    [Test]
    public void So_many_messages_that_each_fits_its_cap_still_make_files_under_the_file_cap()
    {
        var tests = Enumerable.Range(1, 400)
            .Select(i => new TestResult($"RnnKata.Lab01.Tests.StepTests.Failing_{i}", TestOutcome.Failed, new string('x', SubmissionText.MaxMessageChars)))
            .ToArray();
        var report = new GradingReport(KataTarget.Exercises, "eve", DateTimeOffset.UnixEpoch, [Scoring.Score(Samples.Lab01, tests)]);

        foreach (var (name, path) in WriteAll(report))
            new FileInfo(path).Length.Should().BeLessThan(SubmissionText.MaxFileChars + 4096, name);
    }

    [TestCase("# Total: 50 / 50", "\\# Total: 50 / 50")]
    [TestCase("1. first", "1\\. first")]
    [TestCase("<script>x</script>", "\\<script\\>x\\</script\\>")]
    [TestCase("a `b` *c* [d](e) &amp;", "a \\`b\\` \\*c\\* \\[d\\](e) \\&amp;")]
    [TestCase("two\nlines\r", "two\\\\u000Alines\\\\u000D")] // the backslash of \u000A escaped in turn
    public void Inline_markdown_is_escaped(string text, string expected) =>
        SubmissionText.ForMarkdownInline(text).Should().Be(expected);

    [Test]
    public void A_code_block_fence_is_longer_than_any_run_of_backticks_inside()
    {
        var block = SubmissionText.ForMarkdownCodeBlock(["````", "```` still inside"], indent: "  ");

        block.Should().Be("  `````text\n  ````\n  ```` still inside\n  `````\n");
        Markdown.Parse("- item:\n\n" + block + "\n# after\n").Descendants<FencedCodeBlock>().Single().Lines.ToString()
            .Should().Be("````\n```` still inside");
    }

    private static string Inline(HeadingBlock heading) =>
        string.Concat(heading.Inline!.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
}
