using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>Where the grader runs: the places it looks for the kata, the labs it knows, the dotnet it drives.
/// Tests replace these; the program uses <see cref="Default"/>.</summary>
/// <param name="RootSearchStarts">Folders from which to look upwards for <c>RnnKata.sln</c>, in order.</param>
/// <param name="Catalogue">The labs that can be graded, in curriculum order.</param>
/// <param name="Dotnet">The dotnet command to drive.</param>
public sealed record GradingEnvironment(IReadOnlyList<string> RootSearchStarts, IReadOnlyList<Lab> Catalogue, DotnetCli Dotnet)
{
    /// <summary>
    /// The real environment. The kata is looked for above the grader's own folder first, then above the
    /// current directory: an instructor who grades from inside a student's full copy still gets the
    /// pristine kata the grader was built from.
    /// </summary>
    public static GradingEnvironment Default => new(
        [AppContext.BaseDirectory, Directory.GetCurrentDirectory()], LabCatalogue.All, DotnetCli.Locate())
    {
        PowerShellFront = PowerShellHints.FromEnvironment(),
    };

    /// <summary>The grader was started by <c>grade.ps1</c>: hints name its parameters (<c>-Force</c>), not the options (<c>--force</c>).</summary>
    public bool PowerShellFront { get; init; }
}

/// <summary>The grader's command: parse the options, check the ground, grade, report. Exit codes are
/// listed in <see cref="GradingOptions.Usage"/>.</summary>
public static class GradingApp
{
    /// <summary>Grading ran (whatever the score).</summary>
    public const int ExitGraded = 0;

    /// <summary>The command line is wrong.</summary>
    public const int ExitUsage = 1;

    /// <summary>Grading could not run.</summary>
    public const int ExitCannotGrade = 2;

    /// <summary>Grading was cancelled (Ctrl+C); the running build or test was stopped.</summary>
    public const int ExitCancelled = 130;

    /// <summary>Runs the grader with the given command line.</summary>
    public static int Run(
        IReadOnlyList<string> args, TextWriter output, TextWriter error, GradingEnvironment? environment = null,
        CancellationToken cancellationToken = default)
    {
        environment ??= GradingEnvironment.Default;
        if (environment.PowerShellFront)
        {
            output = PowerShellHints.Writer(output);
            error = PowerShellHints.Writer(error);
        }

        GradingOptions options;
        IReadOnlyList<Lab> labs;
        try
        {
            options = OptionsParser.Parse(args);
            if (options.ShowHelp)
            {
                output.WriteLine(GradingOptions.Usage);
                return ExitGraded;
            }
            labs = SelectLabs(environment.Catalogue, options.LabIds);
        }
        catch (OptionsException e)
        {
            error.WriteLine($"grade: {e.Message}");
            return ExitUsage;
        }

        var root = FindRoot(environment.RootSearchStarts);
        if (root is null)
        {
            error.WriteLine("grade: could not find RnnKata.sln above the grader or the current folder. " +
                            "Run the grader from inside the kata (dotnet run --project tests/RnnKata.Grading).");
            return ExitCannotGrade;
        }

        if (environment.Dotnet.Check(root) is { } dotnetProblem)
        {
            error.WriteLine($"grade: {dotnetProblem}");
            return ExitCannotGrade;
        }

        GradingScheme scheme;
        HiddenTestSet hidden;
        try
        {
            scheme = options.GradingFile is null
                ? GradingScheme.FromCatalogue(environment.Catalogue)
                : GradingSchemeFile.Load(options.GradingFile, environment.Catalogue);
            hidden = options.HiddenTests is null ? HiddenTestSet.None : HiddenTestSet.Load(options.HiddenTests, environment.Catalogue);
        }
        catch (Exception e) when (e is GradingSchemeException or HiddenTestsException)
        {
            error.WriteLine($"grade: {e.Message}");
            return ExitCannotGrade;
        }

        if (options.Submissions is not null)
            return Class.ClassGradingApp.Run(options, labs, root, scheme, hidden, environment, output, error, cancellationToken);

        if (options.Submission is not null && options.Target == KataTarget.Exercises)
            return GradeSubmission(options, labs, root, scheme, hidden, environment, output, error, cancellationToken);

        var work = Path.Combine(Path.GetTempPath(), "rnnkata-grading", Guid.NewGuid().ToString("N")[..12]);
        try
        {
            string gradedRoot;
            try
            {
                gradedRoot = PrepareRoot(root, options, hidden, labs, work, output);
            }
            catch (SubmissionException e)
            {
                error.WriteLine($"grade: {e.Message}");
                return ExitCannotGrade;
            }

            output.WriteLine($"Grading {Grader.Name(options.Target)} in {gradedRoot} ({labs.Count} lab{(labs.Count == 1 ? "" : "s")}).");
            var grader = new Grader(new BuildRunner(environment.Dotnet), new TestRunner(environment.Dotnet), output, scheme, hidden);
            var results = grader.Grade(gradedRoot, labs, options.Target, Path.Combine(work, "results"), cancellationToken);
            var report = new GradingReport(options.Target, options.Submission is null ? null : Path.GetFullPath(options.Submission),
                                           DateTimeOffset.UtcNow, results);

            return Finish(report, options, environment, output, error);
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("grade: cancelled.");
            return ExitCancelled;
        }
        finally
        {
            TryDelete(work);
        }
    }

    /// <summary>
    /// One student's submission (<c>--submission</c>, a folder or a zip) on the class's fast path: intake as in a class
    /// run (only <c>exercises/**/*.cs</c>, integrity warnings, the submission never modified), the kata's tests built
    /// once (and kept in the kata's <c>.artifacts/grading/</c> for the next submission while the kata and the grader are
    /// unchanged), each lab compiled in-process and tested in a child process with the class run's limits.
    /// </summary>
    private static int GradeSubmission(
        GradingOptions options, IReadOnlyList<Lab> labs, string root, GradingScheme scheme, HiddenTestSet hidden,
        GradingEnvironment environment, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        Intake.SubmissionEntry entry;
        try
        {
            entry = Intake.SubmissionFolder.Single(options.Submission!);
        }
        catch (SubmissionException e)
        {
            error.WriteLine($"grade: {e.Message}");
            return ExitCannotGrade;
        }

        var work = Path.Combine(Path.GetTempPath(), "rnnkata-grading", Guid.NewGuid().ToString("N")[..12]);
        try
        {
            output.WriteLine($"Grading the submission {entry.Path} ({labs.Count} lab{(labs.Count == 1 ? "" : "s")}) on the fast path.");
            // The prepared labs are kept in the kata's .artifacts/ (git-ignored): the next submission reuses them.
            var setup = Class.ClassSetup.Prepare(root, labs, scheme, hidden, options, environment, work, output, cancellationToken,
                                                 reuse: Path.Combine(root, ".artifacts", "grading", "prepared"));
            var (graded, problem) = new Class.StudentGrading(setup, entry, work, work, force: true).GradeOnly(cancellationToken);
            if (graded is null)
            {
                error.WriteLine($"grade: the submission cannot be graded: {Exports.SubmissionText.ForConsole(problem ?? "")}");
                return ExitCannotGrade;
            }
            return Finish(graded with { Timestamp = DateTimeOffset.UtcNow }, options, environment, output, error);
        }
        catch (FastPath.FastPathException e)
        {
            error.WriteLine($"grade: the kata could not be prepared for grading: {e.Message}");
            return ExitCannotGrade;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("grade: cancelled.");
            return ExitCancelled;
        }
        finally
        {
            TryDelete(work);
        }
    }

    /// <summary>The table, the reports asked for, and what to do next.</summary>
    private static int Finish(GradingReport report, GradingOptions options, GradingEnvironment environment, TextWriter output, TextWriter error)
    {
        output.WriteLine();
        output.Write(ReportTable.Render(report));
        if (!WriteReports(report, options, output, error, environment))
            return ExitCannotGrade;
        output.WriteLine();
        output.WriteLine(NextStep.Of(report, environment.Catalogue));
        return ExitGraded;
    }

    /// <summary>Writes the reports the options ask for; false (with the reason on <paramref name="error"/>) when one cannot be written.</summary>
    private static bool WriteReports(GradingReport report, GradingOptions options, TextWriter output, TextWriter error, GradingEnvironment environment)
    {
        var student = options.Submission is null ? "your working copy" : Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Submission)));
        var writers = new (string? Path, string What, Action<string> Write)[]
        {
            (options.JsonPath, "Report", path => JsonReportWriter.Write(report, path)),
            (options.ResultsJsonPath, "Results for GitHub Classroom", path => Exports.StudentResultsWriter.Write(report, path)),
            (options.FeedbackPath, "Feedback", path => Exports.FeedbackWriter.Write(report, student, path, FindRoot(environment.RootSearchStarts), options.DocsUrl)),
            (options.JUnitPath, "JUnit report", path => Exports.JUnitReportWriter.Write(report, student, path)),
        };
        foreach (var (path, what, write) in writers)
        {
            if (path is null)
                continue;
            try
            {
                write(path);
                output.WriteLine($"\n{what} written to {Path.GetFullPath(path)}.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"grade: could not write the {what.ToLowerInvariant()} to '{path}': {e.Message}");
                return false;
            }
        }
        return true;
    }

    /// <summary>The labs to grade, in curriculum order; all of them when <paramref name="ids"/> is empty.</summary>
    /// <exception cref="OptionsException">An id names no lab.</exception>
    public static IReadOnlyList<Lab> SelectLabs(IReadOnlyList<Lab> catalogue, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
            return catalogue;

        var unknown = ids.Where(id => !catalogue.Any(lab => string.Equals(lab.Id, id, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (unknown.Length > 0)
            throw new OptionsException(
                $"No lab {string.Join(", ", unknown.Select(id => $"'{id}'"))} in the catalogue. Known labs: {string.Join(", ", catalogue.Select(l => l.Id))}.");

        return catalogue.Where(lab => ids.Contains(lab.Id, StringComparer.OrdinalIgnoreCase)).ToArray();
    }

    private static string? FindRoot(IReadOnlyList<string> starts)
    {
        foreach (var start in starts)
        {
            try
            {
                return KataPaths.FindRoot(start);
            }
            catch (DirectoryNotFoundException)
            {
                // Try the next start.
            }
        }
        return null;
    }

    /// <summary>The folder to grade: the kata itself, or a copy with the submission laid over it and the hidden tests added.</summary>
    private static string PrepareRoot(string root, GradingOptions options, HiddenTestSet hidden, IReadOnlyList<Lab> labs, string work, TextWriter output)
    {
        if (options.Submission is null && hidden.Fixtures.Count == 0)
            return root;

        var copy = Path.Combine(work, "kata");
        if (options.Submission is null)
        {
            output.WriteLine($"Copying the kata from {root} to add the hidden tests…");
            SubmissionOverlay.CopyTree(root, copy);
        }
        else
        {
            var exercises = SubmissionOverlay.FindExercises(options.Submission);
            output.WriteLine($"Copying the kata from {root} and laying the submission's exercises ({exercises}) over it…");
            var files = SubmissionOverlay.Prepare(root, exercises, copy);
            output.WriteLine($"Took {files.Count} source file{(files.Count == 1 ? "" : "s")} from the submission " +
                             "(given code in Given/ and RnnKata.Given stays the kata's).");
        }
        if (hidden.Fixtures.Count > 0)
        {
            hidden.CopyInto(copy, labs);
            output.WriteLine($"Added hidden tests from {hidden.Source} ({hidden.FilesByLab.Values.Sum(f => f.Count)} files).");
        }
        return copy;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A build server may still hold a file open; the temp folder is cleaned some other day.
        }
    }
}
