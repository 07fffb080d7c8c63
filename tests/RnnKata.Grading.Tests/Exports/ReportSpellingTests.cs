using System.Text.Json;
using RnnKata.Grading.Class;
using RnnKata.Grading.Exports;
using RnnKata.Grading.Intake;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Exports;

/// <summary>The grader's own JSON files spell keys in camelCase and statuses in kebab-case, all alike.</summary>
[Category("Grading")]
public class ReportSpellingTests
{
    private static readonly string[] Statuses = ["passed", "partial", "failed", "not-started", "build-failed", "run-failed", "not-graded"];

    private static IEnumerable<(string Key, JsonElement Value)> Properties(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Properties(p.Value).Prepend((p.Name, p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Properties),
        _ => [],
    };

    private static void ShouldBeSpelledAlike(string path)
    {
        var properties = Properties(JsonDocument.Parse(File.ReadAllText(path)).RootElement).ToArray();
        properties.Select(p => p.Key).Should().OnlyContain(key => char.IsAsciiLetterLower(key[0]) && !key.Contains('_'), $"{Path.GetFileName(path)} is camelCase");
        var statuses = properties.Where(p => p.Key == "status").Select(p => p.Value.GetString()).ToArray();
        statuses.Should().NotBeEmpty().And.OnlyContain(s => Statuses.Contains(s), $"{Path.GetFileName(path)} spells statuses as report.json does");
    }

    [Test]
    public void Report_grade_record_and_class_report_spell_keys_and_statuses_alike()
    {
        using var folder = new TempFolder();
        var report = Samples.TwoLabReport();
        var entries = new[]
        {
            new SubmissionEntry("alice", "alice", "alice", folder.Path, SubmissionKind.Folder),
            new SubmissionEntry("bob", "bob", "bob.rar", folder.Path, SubmissionKind.Unsupported),
        };
        var grades = new[] { new StudentGrade("alice", report, null, "alice"), new StudentGrade("bob", null, "not a zip", "bob") };

        JsonReportWriter.Write(report, folder.Combine("report.json"));
        GradeRecord.Of("alice", "alice", "alice", "f", report).Write(folder.Path);
        ClassReportWriter.Write([Samples.Lab01, Samples.Lab02], entries, grades,
                                GradingScheme.FromCatalogue([Samples.Lab01, Samples.Lab02]), HiddenTestSet.None, folder.Combine("class-report.json"));

        ShouldBeSpelledAlike(folder.Combine("report.json"));
        ShouldBeSpelledAlike(folder.Combine(GradeRecord.FileName));
        ShouldBeSpelledAlike(folder.Combine("class-report.json"));
        File.ReadAllText(folder.Combine("class-report.json")).Should().Contain("\"build-failed\"").And.Contain("\"not-graded\"");
    }

    [Test]
    public void A_grade_record_reads_back_what_it_wrote()
    {
        using var folder = new TempFolder();
        var record = GradeRecord.Of("alice", "alice", "alice", "f", Samples.TwoLabReport());

        record.Write(folder.Path);

        GradeRecord.TryRead(folder.Path)!.Labs.Select(l => l.Status).Should().Equal(LabStatus.Partial, LabStatus.BuildFailed);
    }
}
