using System.Text.Json;
using RnnKata.Grading.Class;
using RnnKata.Grading.Exports;
using RnnKata.Grading.Intake;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Class;

/// <summary>
/// The class's gradebook and report as a class run leaves them on disk after each student, before it ends: rebuilt
/// from each student's record, a student whose grading failed in the grader noted as such, the students not reached
/// marked, two students of the same name told apart by their ids and LMS numbers.
/// </summary>
[Category("Grading")]
public class ClassReportsTests
{
    private static readonly Catalogue.Lab[] Labs = [Samples.Lab01];

    private static readonly SubmissionEntry[] Entries =
    [
        new("Sam_Lee_101", "Sam Lee", "Sam Lee_101_assignsubmission_file_", "/submissions/a", SubmissionKind.Folder, "101"),
        new("Sam_Lee_102", "Sam Lee", "Sam Lee_102_assignsubmission_file_", "/submissions/b", SubmissionKind.Folder, "102"),
        new("carol", "carol", "carol", "/submissions/carol", SubmissionKind.Folder),
        new("dave", "dave", "dave", "/submissions/dave", SubmissionKind.Folder),
    ];

    private TempFolder _out = null!;
    private ClassReports _reports = null!;

    [SetUp]
    public void GradeTheFirstThreeStudentsThenStop()
    {
        _out = new TempFolder();
        _reports = new ClassReports(Labs, Entries, GradingScheme.FromCatalogue(Labs), HiddenTestSet.None, _out.Path);
        _reports.Done(1, Graded(Entries[1], passed: 2));
        _reports.Done(0, Graded(Entries[0], passed: 8));
        _reports.Done(2, StudentGrading.GraderFailed(Entries[2], _out.Path, new InvalidOperationException("exporter blew up")));
        // The run dies here: dave is never reached and Write() is never called.
    }

    [TearDown]
    public void DeleteFolder() => _out.Dispose();

    /// <summary>A graded student as StudentGrading leaves them: the record on disk, the outcome in memory (whose
    /// points are deliberately not the record's, so that a gradebook built from memory would show).</summary>
    private StudentOutcome Graded(SubmissionEntry entry, int passed)
    {
        var report = new GradingReport(KataTarget.Exercises, entry.Path, DateTimeOffset.UtcNow,
                                       [Scoring.Score(Samples.Lab01, Samples.Tests(passed: passed, failed: 8 - passed))]);
        GradeRecord.Of(entry.StudentId, entry.DisplayName, entry.OriginalName, "fingerprint", report)
            .Write(Path.Combine(_out.Path, "students", entry.StudentId));
        return new StudentOutcome(new StudentGrade(entry.DisplayName, null, "not what the record says"), "graded");
    }

    [Test]
    public void The_gradebook_on_disk_has_every_grade_so_far_from_the_records_with_ids_that_tell_same_names_apart()
    {
        var lines = File.ReadAllLines(_out.Combine("gradebook.csv"));

        lines.Should().HaveCount(5);
        lines[0].Should().Be("student,student_id,lms_id,Lab01,total,max,note");
        lines[1].Should().StartWith("carol,carol,,0,0,10,\"not graded: grading stopped on an error of the grader (InvalidOperationException: exporter blew up)");
        lines[2].Should().Be("dave,dave,,0,0,10,not graded: " + ClassReports.NotReached);
        lines[3].Should().Be("Sam Lee,Sam_Lee_101,101,10,10,10,");
        lines[4].Should().Be("Sam Lee,Sam_Lee_102,102,2.5,2.5,10,");
    }

    [Test]
    public void The_class_report_on_disk_carries_the_lms_id_and_the_points_of_each_student()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_out.Combine("class-report.json")));
        var students = json.RootElement.GetProperty("students").EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetString(), Lms: s.GetProperty("lmsId").ValueKind == JsonValueKind.Null ? null : s.GetProperty("lmsId").GetString(),
                          Points: s.GetProperty("points").GetDouble(), Graded: s.GetProperty("graded").GetBoolean()))
            .ToArray();

        students.Should().Equal(
            ("carol", null, 0, false),
            ("dave", null, 0, false),
            ("Sam_Lee_101", "101", 10, true),
            ("Sam_Lee_102", "102", 2.5, true));
    }

    [Test]
    public void A_student_whose_grading_failed_in_the_grader_is_graded_again_next_run()
    {
        var record = GradeRecord.TryRead(_out.Combine("students", "carol"));

        record.Should().NotBeNull();
        record!.Problem.Should().Contain("exporter blew up");
        record.Fingerprint.Should().BeEmpty("no submission's fingerprint matches it, so a re-run grades carol again");
    }
}
