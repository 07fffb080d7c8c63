using RnnKata.Grading.Exports;
using RnnKata.Grading.Intake;

namespace RnnKata.Grading.Class;

/// <summary>What grading one student gave: the gradebook line and a one-line summary for the console.</summary>
public sealed record StudentOutcome(StudentGrade Grade, string Summary, bool Kept = false);

/// <summary>
/// Grades one student of a class run: intake, every lab on the fast path, the reports. A failure in one
/// lab (compile error, crash, timeout) costs that lab only; a submission that cannot be taken in at all
/// (corrupt zip, nothing to grade) is reported with the reason and scores 0.
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
            var fingerprint = Fingerprint.Of(
                intake.ExercisesFolder ?? entry.Path,
                intake.ExercisesFolder is null ? [] : intake.SourceFiles.Select(f => Path.Combine(intake.ExercisesFolder, f)),
                setup.SetupFingerprint, string.Join("\n", intake.Problems));

            if (!force && GradeRecord.TryRead(StudentFolder) is { } previous && previous.Fingerprint == fingerprint && previous.Covers(setup.Labs))
                return new StudentOutcome(new StudentGrade(entry.DisplayName, previous.ToReport(entry.Path), previous.Problem),
                                          $"unchanged since {previous.GradedAt:yyyy-MM-dd HH:mm} UTC, kept ({Total(previous)}); --force re-grades", Kept: true);

            Directory.CreateDirectory(StudentFolder);
            var warnings = intake.Warnings.Select(w => w.Message).ToArray();
            if (!intake.IsGradable)
                return NotGradable(intake, fingerprint, warnings);

            _ = setup.Prepared; // the one-time build of the kata is not this student's time
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var labs = setup.Labs.Select(lab => GradeLab(lab, intake.ExercisesFolder!, setup.Budget - clock.Elapsed, cancellationToken)).ToArray();
            // Every report says when the test processes ran without isolation.
            var report = new GradingReport(KataTarget.Exercises, entry.Path, DateTimeOffset.UtcNow, labs)
            {
                Warnings = setup.Prepared.Sandbox.Warning is { } unsandboxed ? [unsandboxed, .. warnings] : warnings,
            };
            WriteReports(report);
            GradeRecord.Of(entry.StudentId, entry.DisplayName, entry.OriginalName, fingerprint, report).Write(StudentFolder);
            return new StudentOutcome(new StudentGrade(entry.DisplayName, report),
                                      $"{ReportTable.FormatPoints(report.Points, report.MaxPoints)} points in {clock.Elapsed.TotalSeconds:0.0} s" +
                                      (warnings.Length > 0 ? $", {warnings.Length} warning{(warnings.Length == 1 ? "" : "s")}" : ""));
        }
        finally
        {
            TryDelete(Path.Combine(work, "intake", entry.StudentId));
            TryDelete(Path.Combine(work, "runs", entry.StudentId));
        }
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
        var report = new GradingReport(KataTarget.Exercises, entry.Path, DateTimeOffset.UtcNow, labs) { Warnings = [problem, .. warnings] };
        FeedbackWriter.Write(report, entry.DisplayName, Path.Combine(StudentFolder, "feedback.md"));
        JsonReportWriter.Write(report, Path.Combine(StudentFolder, "report.json"));
        var record = GradeRecord.Of(entry.StudentId, entry.DisplayName, entry.OriginalName, fingerprint, report) with { Problem = problem };
        record.Write(StudentFolder);
        return new StudentOutcome(new StudentGrade(entry.DisplayName, null, problem), $"not graded: {problem}");
    }

    private void WriteReports(GradingReport report)
    {
        JsonReportWriter.Write(report, Path.Combine(StudentFolder, "report.json"));
        StudentResultsWriter.Write(report, Path.Combine(StudentFolder, "results.json"));
        JUnitReportWriter.Write(report, entry.DisplayName, Path.Combine(StudentFolder, "junit.xml"));
        FeedbackWriter.Write(report, entry.DisplayName, Path.Combine(StudentFolder, "feedback.md"));
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
