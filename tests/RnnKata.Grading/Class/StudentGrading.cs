using RnnKata.Grading.Exports;
using RnnKata.Grading.Intake;

namespace RnnKata.Grading.Class;

/// <summary>What grading one student gave: the gradebook line and a one-line summary for the console.</summary>
public sealed record StudentOutcome(StudentGrade Grade, string Summary, bool Kept = false);

/// <summary>
/// Grades one student of a class run: intake, every lab on the fast path, the reports. A failure in one
/// lab (compile error, crash, timeout) costs that lab only; a submission that cannot be taken in at all
/// (corrupt zip, nothing to grade) is reported with the reason and scores 0. The student's reports are written as
/// soon as the student is graded, each on its own: one that cannot be written becomes a note in the others and in the
/// gradebook, never an error of the class run. Submission text in them is capped (<see cref="ReportCaps"/>).
/// </summary>
public sealed class StudentGrading(ClassSetup setup, SubmissionEntry entry, string outFolder, string work, bool force)
{
    private string StudentFolder => Path.Combine(outFolder, "students", entry.StudentId);

    /// <summary>Grades the student (or reuses the previous grade when nothing changed and not forced).</summary>
    public StudentOutcome Run(CancellationToken cancellationToken)
    {
        var intake = SubmissionIntake.Materialize(entry, Path.Combine(work, "intake"), setup.IntakeLimits, setup.Pristine);
        try
        {
            setup.Copies?.Add(entry.StudentId, intake);
            var fingerprint = Fingerprint.Of(
                intake.ExercisesFolder ?? entry.Path,
                intake.ExercisesFolder is null ? [] : intake.SourceFiles.Select(f => Path.Combine(intake.ExercisesFolder, f)),
                setup.SetupFingerprint, string.Join("\n", intake.Problems));

            if (!force && GradeRecord.TryRead(StudentFolder) is { } previous && previous.Fingerprint == fingerprint && previous.Covers(setup.Labs))
                return new StudentOutcome(previous.ToGrade(entry),
                                          $"unchanged since {previous.GradedAt:yyyy-MM-dd HH:mm} UTC, kept ({Total(previous)}); --force re-grades", Kept: true);

            Directory.CreateDirectory(StudentFolder);
            var warnings = intake.Warnings.Select(w => w.Message).ToArray();
            if (!intake.IsGradable)
                return NotGradable(intake, fingerprint, warnings);

            _ = setup.Prepared; // the one-time build of the kata is not this student's time
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var report = GradeLabs(intake, warnings, cancellationToken);
            var notes = WriteReports(report);
            var record = GradeRecord.Of(entry.StudentId, entry.DisplayName, entry.OriginalName, fingerprint, report) with { Notes = notes };
            record.Write(StudentFolder);
            return new StudentOutcome(record.ToGrade(entry),
                                      $"{ReportTable.FormatPoints(report.Points, report.MaxPoints)} points in {clock.Elapsed.TotalSeconds:0.0} s" +
                                      (warnings.Length > 0 ? $", {warnings.Length} warning{(warnings.Length == 1 ? "" : "s")}" : ""));
        }
        finally
        {
            TryDelete(Path.Combine(work, "intake", entry.StudentId));
            TryDelete(Path.Combine(work, "runs", entry.StudentId));
        }
    }

    /// <summary>
    /// Grades the submission and writes nothing (one submission, <c>--submission</c>): its report, or why it cannot be
    /// graded at all (a corrupt zip, nothing to grade).
    /// </summary>
    public (GradingReport? Report, string? Problem) GradeOnly(CancellationToken cancellationToken)
    {
        var intake = SubmissionIntake.Materialize(entry, Path.Combine(work, "intake"), setup.IntakeLimits, setup.Pristine);
        try
        {
            return intake.IsGradable
                ? (GradeLabs(intake, intake.Warnings.Select(w => w.Message).ToArray(), cancellationToken), null)
                : (null, string.Join(" ", intake.Problems));
        }
        finally
        {
            TryDelete(Path.Combine(work, "intake", entry.StudentId));
            TryDelete(Path.Combine(work, "runs", entry.StudentId));
        }
    }

    /// <summary>Every lab of a gradable submission, within the submission's budget; every report says when the test
    /// processes ran without isolation.</summary>
    private GradingReport GradeLabs(IntakeResult intake, string[] warnings, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var labs = setup.Labs.Select(lab => GradeLab(lab, intake.ExercisesFolder!, setup.Budget - clock.Elapsed, cancellationToken)).ToArray();
        var reportWarnings = setup.Prepared.Sandbox.Warning is { } unsandboxed ? [unsandboxed, .. warnings] : warnings;
        return ReportCaps.Apply(new GradingReport(KataTarget.Exercises, entry.Path, DateTimeOffset.UtcNow, labs) { Warnings = reportWarnings });
    }

    private LabResult GradeLab(Catalogue.Lab lab, string exercises, TimeSpan budgetLeft, CancellationToken cancellationToken)
    {
        var scheme = setup.Scheme.For(lab);
        if (budgetLeft < TimeSpan.FromSeconds(1))
            return Scoring.Unscored(lab, LabStatus.RunFailed,
                [$"Not run: the submission's time budget ({setup.Budget.TotalSeconds:0} s for all labs) was used up by the labs before it."], scheme: scheme);

        var limits = budgetLeft < setup.Limits.Timeout ? setup.Limits with { Timeout = budgetLeft } : setup.Limits;
        var graded = setup.Prepared.GradeLab(exercises, lab, Path.Combine(work, "runs", entry.StudentId), limits, cancellationToken);
        var result = graded.Result;
        var findings = AnalyzerFindings.Parse(graded.Warnings, exercises);
        var rescored = result.Status is LabStatus.BuildFailed or LabStatus.RunFailed
            ? result with { MaxPoints = scheme.Points }
            : Scoring.Score(lab, Grader.MarkHidden(result.Tests, setup.Hidden), scheme);
        return rescored with { Findings = findings };
    }

    private StudentOutcome NotGradable(IntakeResult intake, string fingerprint, string[] warnings)
    {
        var problem = string.Join(" ", intake.Problems);
        var labs = setup.Labs.Select(lab => Scoring.Unscored(lab, LabStatus.BuildFailed, [problem], scheme: setup.Scheme.For(lab))).ToArray();
        var report = ReportCaps.Apply(new GradingReport(KataTarget.Exercises, entry.Path, DateTimeOffset.UtcNow, labs) { Warnings = [problem, .. warnings] });
        problem = report.Warnings[0];
        var notes = new List<string>();
        TryWrite("feedback.md", path => FeedbackWriter.Write(report, entry.DisplayName, path, setup.Pristine.Root, setup.DocsUrl), notes);
        TryWrite("report.json", path => JsonReportWriter.Write(report, path), notes);
        var record = GradeRecord.Of(entry.StudentId, entry.DisplayName, entry.OriginalName, fingerprint, report) with { Problem = problem, Notes = notes };
        record.Write(StudentFolder);
        return new StudentOutcome(record.ToGrade(entry), $"not graded: {problem}");
    }

    /// <summary>
    /// The outcome of a student whose grading stopped on an error of the grader itself (not of the submission): the
    /// student is reported as not graded, with the error, and the class run goes on. The record written has no
    /// fingerprint, so the next run grades the student again.
    /// </summary>
    public static StudentOutcome GraderFailed(SubmissionEntry entry, string outFolder, Exception error)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(error);
        var problem = SubmissionText.Printable(SubmissionText.Cap(
            $"grading stopped on an error of the grader ({error.GetType().Name}: {error.Message}); the other students are not affected, run again to retry.",
            SubmissionText.MaxMessageChars), multiLine: false);
        var record = new GradeRecord(entry.StudentId, entry.DisplayName, entry.OriginalName, "", DateTimeOffset.UtcNow, problem, [], []);
        try
        {
            record.Write(Path.Combine(outFolder, "students", entry.StudentId));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The gradebook still carries the line, from memory.
        }
        return new StudentOutcome(record.ToGrade(entry), $"not graded: {problem}");
    }

    /// <summary>Writes every report of a graded student; returns what could not be written, as notes.
    /// JUnit and results first, so that the notes of any that failed reach the feedback and the JSON report.</summary>
    private List<string> WriteReports(GradingReport report)
    {
        var notes = new List<string>();
        TryWrite("results.json", path => StudentResultsWriter.Write(report, path), notes);
        TryWrite("junit.xml", path => JUnitReportWriter.Write(report, entry.DisplayName, path), notes);
        var noted = notes.Count == 0 ? report : report with { Warnings = [.. report.Warnings, .. notes] };
        TryWrite("report.json", path => JsonReportWriter.Write(noted, path), notes);
        TryWrite("feedback.md", path => FeedbackWriter.Write(noted, entry.DisplayName, path, setup.Pristine.Root, setup.DocsUrl), notes);
        return notes;
    }

    /// <summary>Runs one exporter; an exception becomes a note for this student, never the class run's end.</summary>
    private void TryWrite(string file, Action<string> write, List<string> notes)
    {
        try
        {
            write(Path.Combine(StudentFolder, file));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            notes.Add(SubmissionText.ForConsole($"{file} could not be written ({e.GetType().Name}: {e.Message})", SubmissionText.MaxNameChars * 2));
        }
    }

    private static string Total(GradeRecord record) =>
        record.Problem is not null ? "not graded" : ReportTable.FormatPoints(Scoring.Round(record.Labs.Sum(l => l.Points)), record.Labs.Sum(l => l.MaxPoints)) + " points";

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleaned with the whole work folder at the end.
        }
    }
}
