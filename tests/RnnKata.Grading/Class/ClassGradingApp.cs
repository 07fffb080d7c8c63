using System.Diagnostics;
using RnnKata.Catalogue;
using RnnKata.Grading.Exports;
using RnnKata.Grading.FastPath;

namespace RnnKata.Grading.Class;

/// <summary>
/// Grades a whole class (<c>--submissions DIR</c>): takes each submission in safely, grades every lab on
/// the fast path (the kata built once; each student's lab compiled in-process and tested in a child
/// process with limits), several submissions at once, and writes the class reports. Each student's reports are
/// written as soon as that student is graded, and <c>grade.json</c> last, so a killed run resumes where it stopped;
/// the gradebook and the class report are rebuilt from those records after every student (<see cref="ClassReports"/>).
/// An error of the grader while grading one student makes that student "not graded", with the error, and the run
/// goes on. What reaches the console from a submission is one printable line (<see cref="SubmissionText.ForConsole"/>).
/// </summary>
public static class ClassGradingApp
{
    /// <summary>Runs a class grading; returns the grader's exit code.</summary>
    public static int Run(
        GradingOptions options, IReadOnlyList<Lab> labs, string kataRoot, GradingScheme scheme, HiddenTestSet hidden,
        GradingEnvironment environment, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (options.Target != KataTarget.Exercises)
        {
            error.WriteLine("grade: --submissions grades students' exercises; --target solutions does not apply.");
            return GradingApp.ExitUsage;
        }

        var submissions = Path.GetFullPath(options.Submissions!);
        var outFolder = Path.GetFullPath(options.OutputFolder ?? "grading-results");
        if (outFolder.StartsWith(Path.TrimEndingDirectorySeparator(submissions) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || outFolder == Path.TrimEndingDirectorySeparator(submissions))
        {
            error.WriteLine($"grade: the output folder '{outFolder}' lies inside the submissions folder; choose another --out (submissions are never modified).");
            return GradingApp.ExitUsage;
        }

        IReadOnlyList<Intake.SubmissionEntry> entries;
        try
        {
            entries = Intake.SubmissionFolder.Discover(submissions);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or DirectoryNotFoundException)
        {
            error.WriteLine($"grade: cannot read the submissions folder '{submissions}': {e.Message}");
            return GradingApp.ExitCannotGrade;
        }

        var work = Path.Combine(Path.GetTempPath(), "rnnkata-class", Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Directory.CreateDirectory(outFolder);
            output.WriteLine($"Grading {entries.Count} submission{(entries.Count == 1 ? "" : "s")} in {submissions} ({labs.Count} labs) into {outFolder}.");
            if (entries.Count == 0)
            {
                GradebookCsvWriter.Write(labs, [], Path.Combine(outFolder, "gradebook.csv"));
                output.WriteLine("No submissions found: each student's work should be one folder, .zip or git repository in that folder.");
                return GradingApp.ExitGraded;
            }

            var setup = ClassSetup.Prepare(kataRoot, labs, scheme, hidden, options, environment, work, output, cancellationToken);
            var reports = new ClassReports(labs, entries, scheme, hidden, outFolder);
            var done = 0;
            var kept = 0;
            var clock = Stopwatch.StartNew();
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = options.Parallel ?? Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            };
            Parallel.For(0, entries.Count, parallel, i =>
            {
                StudentOutcome outcome;
                try
                {
                    outcome = new StudentGrading(setup, entries[i], outFolder, work, options.Force).Run(cancellationToken);
                }
                catch (Exception e) when (e is not (OperationCanceledException or FastPathException or OutOfMemoryException))
                {
                    outcome = StudentGrading.GraderFailed(entries[i], outFolder, e);
                }
                reports.Done(i, outcome);
                if (outcome.Kept)
                    Interlocked.Increment(ref kept);
                var n = Interlocked.Increment(ref done);
                lock (output)
                    output.WriteLine($"[{n}/{entries.Count}] {StudentLabel(entries[i])}: {SubmissionText.ForConsole(outcome.Summary)}");
            });

            var copies = FindCopies(setup, entries, outFolder, output);
            reports.Copies = copies;
            var grades = reports.Write();
            output.WriteLine();
            output.Write(ClassTable.Render(labs, grades, scheme));
            var keptNote = kept == 0 ? "" : $", {kept} of them unchanged since the last run and kept";
            var prepareNote = setup.LazyPrepared.IsValueCreated ? $", of which preparing the kata took {setup.PrepareTime.TotalSeconds:0} s" : "";
            output.WriteLine($"\n{entries.Count} submissions in {clock.Elapsed.TotalSeconds:0} s{keptNote}{prepareNote}. Reports in {outFolder}.");
            output.WriteLine(NextSteps(grades, outFolder, copies));
            return GradingApp.ExitGraded;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is FastPathException or OperationCanceledException))
        {
            error.WriteLine($"grade: the kata could not be prepared for grading: {e.InnerExceptions[0].Message}");
            return e.InnerExceptions[0] is OperationCanceledException ? GradingApp.ExitCancelled : GradingApp.ExitCannotGrade;
        }
        catch (FastPathException e)
        {
            error.WriteLine($"grade: the kata could not be prepared for grading: {e.Message}");
            return GradingApp.ExitCannotGrade;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("grade: cancelled. Students graded so far keep their reports; run again to resume.");
            return GradingApp.ExitCancelled;
        }
        finally
        {
            try
            {
                if (Directory.Exists(work))
                    Directory.Delete(work, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A test process may still hold a file; the temp folder is cleaned some other day.
            }
        }
    }

    /// <summary>The class run's last word: what the instructor does with the reports.</summary>
    private static string NextSteps(IReadOnlyList<StudentGrade> grades, string outFolder, Copies.CopyReport? copies)
    {
        var notGraded = grades.Count(g => g.Report is null);
        var check = notGraded == 0 ? "" : $" Look at the {notGraded} student{(notGraded == 1 ? "" : "s")} not graded (the reason is in class-report.json and the table above).";
        var flagged = copies is null ? 0 : copies.Pairs.Count + copies.ReferenceCopies.Count;
        var look = flagged == 0 ? "" : $" Read {Path.Combine(outFolder, "copies.md")} before publishing grades ({flagged} suspected cop{(flagged == 1 ? "y" : "ies")}).";
        return $"Next: import {Path.Combine(outFolder, "gradebook.csv")} into your LMS and give each student students/<id>/feedback.md " +
               $"(re-run with the same --out after late submissions: unchanged students are kept).{look}{check}";
    }

    /// <summary>Compares the class's code (<see cref="Copies.ClassCopies"/>) and writes <c>copies.md</c>; a failure costs the
    /// comparison only, never the grades.</summary>
    private static Copies.CopyReport? FindCopies(ClassSetup setup, IReadOnlyList<Intake.SubmissionEntry> entries, string outFolder, TextWriter output)
    {
        if (setup.Copies is null)
            return null;
        try
        {
            var clock = Stopwatch.StartNew();
            var copies = setup.Copies.Compare(entries.Select(e => e.StudentId));
            var names = entries.ToDictionary(e => e.StudentId, e => e.DisplayName, StringComparer.Ordinal);
            Copies.CopiesMarkdownWriter.Write(copies, id => names.GetValueOrDefault(id, id), Path.Combine(outFolder, "copies.md"));
            output.WriteLine($"\nCopy detection: {copies.Students} submissions compared in {clock.Elapsed.TotalSeconds:0.0} s; " +
                             $"{copies.ReferenceCopies.Count} cop{(copies.ReferenceCopies.Count == 1 ? "y" : "ies")} of the reference solution, " +
                             $"{copies.Pairs.Count} pair{(copies.Pairs.Count == 1 ? "" : "s")} of students too alike (copies.md).");
            return copies;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            output.WriteLine($"\nCopy detection did not complete ({e.GetType().Name}: {SubmissionText.ForConsole(e.Message)}); the grades are not affected.");
            return null;
        }
    }

    /// <summary>The student as the console shows them: the name as one printable line, and the id when it says more.</summary>
    private static string StudentLabel(Intake.SubmissionEntry entry)
    {
        var name = SubmissionText.ForConsole(entry.DisplayName, SubmissionText.MaxNameChars);
        return name == entry.StudentId ? name : $"{name} ({entry.StudentId})";
    }
}
