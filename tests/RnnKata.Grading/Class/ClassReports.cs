using RnnKata.Catalogue;
using RnnKata.Grading.Exports;
using RnnKata.Grading.Intake;

namespace RnnKata.Grading.Class;

/// <summary>
/// The class's own reports (<c>gradebook.csv</c>, <c>class-report.json</c>), rebuilt from the per-student records
/// (<c>students/&lt;id&gt;/grade.json</c>) and rewritten each time a student is done: a class run that dies later (a
/// crash, a kill, a full disk) leaves a gradebook with every grade given so far, and the students it had not reached
/// yet marked as such. Thread-safe.
/// </summary>
public sealed class ClassReports(
    IReadOnlyList<Lab> labs, IReadOnlyList<SubmissionEntry> entries, GradingScheme scheme, HiddenTestSet hidden, string outFolder)
{
    /// <summary>The note of a student the run has not graded (yet).</summary>
    public const string NotReached = "not graded yet: the class run stopped before this student";

    private readonly object _gate = new();
    private readonly StudentOutcome?[] _outcomes = new StudentOutcome?[entries.Count];
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    /// <summary>What copy detection found, once the class is graded: then in <c>class-report.json</c> too.</summary>
    public Copies.CopyReport? Copies { get; set; }

    /// <summary>The gradebook's path.</summary>
    public string GradebookPath => Path.Combine(outFolder, "gradebook.csv");

    /// <summary>The class report's path.</summary>
    public string ClassReportPath => Path.Combine(outFolder, "class-report.json");

    /// <summary>Records that the student at <paramref name="index"/> is done, and rewrites the class's reports; an
    /// error writing them is left for the final <see cref="Write"/> to report.</summary>
    public void Done(int index, StudentOutcome outcome)
    {
        lock (_gate)
        {
            _outcomes[index] = outcome;
            try
            {
                WriteLocked();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Tried again after the last student.
            }
        }
    }

    /// <summary>Writes the class's reports; returns each student's line, in <c>entries</c>' order.</summary>
    public IReadOnlyList<StudentGrade> Write()
    {
        lock (_gate)
            return WriteLocked();
    }

    private StudentGrade[] WriteLocked()
    {
        var grades = entries.Select((entry, i) => GradeOf(entry, _outcomes[i])).ToArray();
        GradebookCsvWriter.Write(labs, grades, GradebookPath, scheme);
        ClassReportWriter.Write(labs, entries, grades, scheme, hidden, ClassReportPath, Copies);
        return grades;
    }

    /// <summary>
    /// The student's line from their record on disk when this run wrote it (or kept it); the outcome held in memory when
    /// it did not (the record could not be written); <see cref="NotReached"/> when the run has not graded the student.
    /// </summary>
    private StudentGrade GradeOf(SubmissionEntry entry, StudentOutcome? outcome)
    {
        if (outcome is null)
            return new StudentGrade(entry.DisplayName, null, NotReached, entry.StudentId, entry.LmsNumber);
        var record = GradeRecord.TryRead(Path.Combine(outFolder, "students", entry.StudentId));
        return record is not null && (outcome.Kept || record.GradedAt >= _started) ? record.ToGrade(entry) : outcome.Grade;
    }
}
