using System.Text.Json;
using System.Xml.Linq;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RnnKata.Grading.Intake;

namespace RnnKata.Grading.Tests.Class;

/// <summary>
/// The hostile students of the planted class, none of which may cost another student a point or the class its
/// reports: a folder name with U+0001, HTML, an ANSI escape and a forged total, whose code makes the compiler
/// repeat the same (and whose JUnit report cannot be written); a student folder that is a link to alice's; a
/// <c>.git</c> file pointing at another folder; a named pipe named like a source file; two students of the same name.
/// </summary>
public partial class ClassGradingEndToEndTests
{
    private const string EveFolder = "eve\u0001 <b>\u001b[31m # Total: 50 of 50";
    private const string Forgery = "<script>alert(1)</script> \u0001 \u001b[2J # Total: 50 / 50";
    private const string SamFifo = "Sam Lee_101_assignsubmission_file_";
    private const string SamLink = "Sam Lee_102_assignsubmission_file_";

    /// <summary>The students the second run finds unchanged: all of them.</summary>
    private const int KeptOnSecondRun = 9;

    private static string EveId => StudentNames.Parse(EveFolder).Id;

    private void PlantHostileStudents()
    {
        var solutions = Path.Combine(_root, "solutions");
        CopySources(solutions, "Lab01.TwoStepRnn", $"submissions/{EveFolder}/exercises");
        CopySources(solutions, "Lab03.GruLstm", $"submissions/{EveFolder}/exercises");
        foreach (var file in new[] { "Lab01.TwoStepRnn/TwoStepRnn.cs", "Lab03.GruLstm/GruCell.cs" })
            File.AppendAllText(_work.Combine(["submissions", EveFolder, "exercises", .. file.Split('/')]), $"\n#error {Forgery}\n");
        Directory.CreateDirectory(_work.Combine("out", "students", EveId, "junit.xml")); // this student's JUnit export fails

        _work.Write("submissions/grace/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class Mine { }");
        _work.Write("submissions/grace/.git", "gitdir: ../alice/.git\n");

        Directory.CreateSymbolicLink(_work.Combine("submissions", SamLink), _work.Combine("submissions", "alice"));
        if (!OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(_work.Combine("submissions", SamFifo, "exercises", "Lab01.TwoStepRnn"));
            var made = ProcessRunner.Run("mkfifo", [_work.Combine("submissions", SamFifo, "exercises", "Lab01.TwoStepRnn", "Foo.cs")],
                                         Path.GetTempPath(), TimeSpan.FromSeconds(30));
            made.ExitCode.Should().Be(0, string.Join('\n', made.Output));
        }
        else
        {
            _work.Write($"submissions/{SamFifo}/notes.txt", "no sources");
        }
    }

    private void HostileRowsAreAsPlanted(string[] rows)
    {
        rows.Should().HaveCount(4);
        rows[0].Should().StartWith($"eve\\u0001 <b>\\u001B[31m # Total: 50 of 50,{EveId},,0,0,0,32,")
            .And.Contain("Lab01 build failed; Lab03 build failed; junit.xml could not be written (IOException");
        rows[1].Should().StartWith("grace,grace,,0,0,0,32,\"not graded: Its .git is a file pointing at a repository elsewhere ('gitdir: ../alice/.git'");
        rows[2].Should().StartWith("Sam Lee,Sam_Lee_101,101,0,0,0,32,not graded: No exercise sources");
        rows[3].Should().StartWith("Sam Lee,Sam_Lee_102,102,0,0,0,32,\"not graded: 'Sam Lee_102_assignsubmission_file_' is a symbolic link");
    }

    [Test]
    public void A_compiler_message_with_html_escapes_and_u0001_is_shown_inert_and_costs_only_that_student()
    {
        var report = Report(EveId);

        var lab01 = report.GetProperty("labs")[0];
        lab01.GetProperty("status").GetString().Should().Be("build-failed");
        string.Join("\n", lab01.GetProperty("problems").EnumerateArray().Select(p => p.GetString()))
            .Should().Contain("<script>alert(1)</script> \\u0001 \\u001B[2J # Total: 50 / 50");
        var feedback = File.ReadAllText(_work.Combine("out", "students", EveId, "feedback.md"));
        feedback.Should().Contain("junit.xml could not be written").And.Contain("# RnnKata feedback: eve\\\\u0001 \\<b\\>");
        Report("alice").GetProperty("labs")[0].GetProperty("points").GetDouble().Should().Be(12, "the other students keep their scores");
    }

    [Test]
    public void A_named_pipe_named_like_a_source_file_is_skipped_and_said_so()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("a folder holds no named pipe on Windows");

        Report("Sam_Lee_101").GetProperty("warnings").EnumerateArray().Select(w => w.GetString())
            .Should().Contain("Skipped 'exercises/Lab01.TwoStepRnn/Foo.cs': not a regular file (a named pipe, a device or a socket); it was not opened.");
    }

    [Test]
    public void Two_students_of_the_same_name_are_two_rows_of_the_class_report_told_apart_by_their_lms_ids()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_work.Combine("out", "class-report.json")));

        json.RootElement.GetProperty("students").EnumerateArray()
            .Where(s => s.GetProperty("name").GetString() == "Sam Lee")
            .Select(s => (s.GetProperty("id").GetString(), s.GetProperty("lmsId").GetString()))
            .Should().Equal(("Sam_Lee_101", "101"), ("Sam_Lee_102", "102"));
    }

    [Test]
    public void Every_output_file_is_valid_for_its_sink_and_the_console_gets_no_control_character()
    {
        _output.Where(c => char.IsControl(c) && c != '\n').Should().BeEmpty("the console shows submission text as printable text");
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        foreach (var folder in Directory.EnumerateDirectories(_work.Combine("out", "students")))
        {
            foreach (var json in Directory.EnumerateFiles(folder, "*.json"))
            {
                var parse = () => JsonDocument.Parse(File.ReadAllText(json)).Dispose();
                parse.Should().NotThrow(json);
            }
            var junit = Path.Combine(folder, "junit.xml");
            if (File.Exists(junit))
            {
                var load = () => XDocument.Load(junit);
                load.Should().NotThrow(junit);
            }
            var feedback = Markdown.Parse(File.ReadAllText(Path.Combine(folder, "feedback.md")), pipeline);
            feedback.Descendants<HtmlBlock>().Should().BeEmpty(folder);
            feedback.Descendants<HtmlInline>().Should().BeEmpty(folder);
            var headings = feedback.Descendants<HeadingBlock>()
                .Select(h => string.Concat(h.Inline!.Descendants<LiteralInline>().Select(literal => literal.Content.ToString())))
                .ToArray();
            headings[0].Should().StartWith("RnnKata feedback: ", folder);
            headings[1..].Should().OnlyContain(h => h == "About your submission" || h.StartsWith("Lab01: ", StringComparison.Ordinal)
                                                    || h.StartsWith("Lab03: ", StringComparison.Ordinal),
                                               "only the writer's own headings, none from a submission: " + folder);
        }
    }
}
