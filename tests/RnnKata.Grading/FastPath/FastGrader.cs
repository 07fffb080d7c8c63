using System.Diagnostics;
using RnnKata.Catalogue;

namespace RnnKata.Grading.FastPath;

/// <summary>
/// The fast grading path for a whole class. <see cref="Prepare"/> builds every lab's tests once against the
/// pristine exercises (grading configuration) and reads what each exercise project compiles with; then
/// <see cref="PreparedKata.GradeLab"/> grades one lab of one submission by compiling the student's files
/// in-process with Roslyn (same options and analyzers as the build) and running the prebuilt tests against
/// the new assembly in a child process with a time, output and memory limit.
/// </summary>
public static class FastGrader
{
    /// <summary>
    /// Prepares the labs of the kata at <paramref name="kataRoot"/> for fast grading; keeps its files under
    /// <paramref name="workDirectory"/> (<c>prepared/</c>), which must outlive the grading run.
    /// </summary>
    /// <exception cref="FastPathException">A lab's pristine build failed, or its analyzers or the runner could not be loaded.</exception>
    public static PreparedKata Prepare(
        string kataRoot, IReadOnlyList<Lab> labs, string workDirectory, DotnetCli? dotnet = null, CancellationToken cancellationToken = default)
    {
        dotnet ??= DotnetCli.Locate();
        var root = Path.GetFullPath(kataRoot);
        var analyzers = new AnalyzerCache();
        var prepared = new Dictionary<string, PreparedLab>(StringComparer.OrdinalIgnoreCase);
        foreach (var lab in labs)
        {
            var clock = Stopwatch.StartNew();
            var inputs = LabBuildQuery.Run(dotnet, root, lab, cancellationToken);
            var folder = Path.Combine(Path.GetFullPath(workDirectory), "prepared", lab.Id);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
            FolderLinks.Mirror(inputs.TestOutputDirectory, folder);
            TestRunnerProgram.Compile(folder, inputs.References.Where(LabCompiler.IsFromSdk));
            var compiler = new LabCompiler(root, inputs, analyzers);
            prepared[lab.Id] = new PreparedLab(lab, compiler, folder, Path.GetFileNameWithoutExtension(inputs.TestAssembly),
                                               inputs.Property("AssemblyName"), clock.Elapsed);
        }
        return new PreparedKata(root, dotnet, prepared);
    }
}

/// <summary>One lab ready for fast grading.</summary>
/// <param name="Lab">The lab.</param>
/// <param name="Compiler">Compiles a submission's lab.</param>
/// <param name="TestFolder">The prepared test folder (test assembly, dependencies, runner).</param>
/// <param name="TestAssemblyName">The test assembly's name.</param>
/// <param name="LabAssemblyName">The graded assembly's name (the exercise project's).</param>
/// <param name="PrepareTime">How long preparing it took.</param>
internal sealed record PreparedLab(Lab Lab, LabCompiler Compiler, string TestFolder, string TestAssemblyName, string LabAssemblyName,
                                   TimeSpan PrepareTime);

/// <summary>The kata prepared for fast grading: thread-safe, so several submissions may be graded at once
/// (each in its own work folder).</summary>
public sealed class PreparedKata
{
    private readonly string _root;
    private readonly DotnetCli _dotnet;
    private readonly IReadOnlyDictionary<string, PreparedLab> _labs;

    internal PreparedKata(string root, DotnetCli dotnet, IReadOnlyDictionary<string, PreparedLab> labs)
    {
        _root = root;
        _dotnet = dotnet;
        _labs = labs;
    }

    /// <summary>The prepared labs' ids.</summary>
    public IReadOnlyCollection<string> LabIds => _labs.Keys.ToArray();

    /// <summary>How long each lab took to prepare (its build, MSBuild's answers, the runner).</summary>
    public IReadOnlyDictionary<string, TimeSpan> PrepareTimes => _labs.ToDictionary(p => p.Key, p => p.Value.PrepareTime);

    /// <summary>
    /// Grades <paramref name="lab"/> of the submission whose exercises folder is <paramref name="exercisesFolder"/>
    /// (see <see cref="SubmissionOverlay.FindExercises"/>): the student's <c>LabNN.…/**/*.cs</c> but <c>Given/</c>,
    /// with the kata's given and generated files. <paramref name="workDirectory"/> must be this submission's
    /// own: the lab's test folder and result files go to <c>workDirectory/LabNN</c>. A verdict that names the test
    /// that was running says "a hidden test" instead when <paramref name="isHiddenTest"/> says it is one.
    /// </summary>
    /// <exception cref="ArgumentException">The lab was not prepared.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; a running test process was killed.</exception>
    public FastLabGrade GradeLab(string exercisesFolder, Lab lab, string workDirectory, FastPathLimits? limits = null,
                                 CancellationToken cancellationToken = default, Func<string, bool>? isHiddenTest = null)
    {
        if (!_labs.TryGetValue(lab.Id, out var prepared))
            throw new ArgumentException($"Lab {lab.Id} was not prepared (prepared: {string.Join(", ", _labs.Keys)}).", nameof(lab));
        limits ??= FastPathLimits.Default;

        var clock = Stopwatch.StartNew();
        var compiled = prepared.Compiler.Compile(Path.Combine(exercisesFolder, lab.Project), cancellationToken);
        var compileTime = clock.Elapsed;
        if (compiled.Image is not { } image)
            return new FastLabGrade(Scoring.Unscored(lab, LabStatus.BuildFailed, compiled.Errors), compiled.Warnings, compileTime, TimeSpan.Zero);

        clock.Restart();
        var folder = Path.Combine(Path.GetFullPath(workDirectory), lab.Id);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        FolderLinks.Mirror(prepared.TestFolder, folder);
        FolderLinks.Replace(Path.Combine(folder, prepared.LabAssemblyName + ".dll"), image.Dll);
        FolderLinks.Replace(Path.Combine(folder, prepared.LabAssemblyName + ".pdb"), image.Pdb);

        var resultFile = Path.Combine(folder, "nunit-result.xml");
        var progressFile = Path.Combine(folder, "nunit-progress.txt");
        var run = LabTestProcess.Run(_dotnet, folder, prepared.TestAssemblyName, resultFile, progressFile, limits, cancellationToken);
        var result = Verdict(lab, run, resultFile, progressFile, limits, isHiddenTest);
        return new FastLabGrade(result, compiled.Warnings, compileTime, clock.Elapsed);
    }

    /// <summary>The lab's result: scored from the NUnit XML when the run wrote it, else why it did not.</summary>
    private static LabResult Verdict(
        Lab lab, LabTestProcessResult run, string resultFile, string progressFile, FastPathLimits limits, Func<string, bool>? isHiddenTest)
    {
        if (!run.TimedOut && !run.TestTimedOut && !run.OutputOverflowed && File.Exists(resultFile))
        {
            try
            {
                return Scoring.Score(lab, NUnitXmlReader.ReadFile(resultFile));
            }
            catch (FormatException e)
            {
                return Scoring.Unscored(lab, LabStatus.RunFailed, [$"The NUnit result file could not be read: {e.Message}"]);
            }
        }

        var running = RunningTest(progressFile);
        // The verdict reaches the student's feedback: a hidden test is never named there.
        if (running is not null && isHiddenTest?.Invoke(running) == true)
            running = "a hidden test";
        var during = running is null ? "" : $" during {running}";
        var output = run.Output.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line.Trim()).ToArray();
        string problem;
        if (run.TestTimedOut)
            problem = $"A test ran longer than {limits.TestTimeout.TotalSeconds:0} s and the run was stopped{during} (an endless loop?).";
        else if (run.TimedOut)
            problem = $"The tests ran longer than {limits.Timeout.TotalSeconds:0} s and were stopped{during} (an endless loop?).";
        else if (run.OutputOverflowed)
            problem = $"The tests wrote more than {limits.MaxOutputBytes / 1024} KB of output and were stopped{during}.";
        else if (output.Any(line => line.StartsWith("Stack overflow", StringComparison.Ordinal)))
            problem = $"The test process crashed with a stack overflow{during} (endless recursion?).";
        else if (output.Any(line => line.Contains("OutOfMemoryException", StringComparison.Ordinal) || line.StartsWith("Out of memory", StringComparison.Ordinal)))
            problem = $"The test process ran out of memory{during}" +
                      (limits.MaxHeapBytes is { } heap ? $" (the limit is {heap >> 20} MB; output written to the console is kept in memory too)." : ".");
        else
            problem = $"The test process ended with exit code {run.ExitCode}{during} before it reported any result " +
                      "(does the code end the process, e.g. with Environment.Exit?)" +
                      (output.Length > 0 ? ": " + string.Join(" | ", output.TakeLast(3)) : ".");
        return Scoring.Unscored(lab, LabStatus.RunFailed, [problem]);
    }

    /// <summary>The test that had started and not finished when the process ended, from the runner's progress file.</summary>
    private static string? RunningTest(string progressFile)
    {
        if (!File.Exists(progressFile))
            return null;
        string? running = null;
        using var stream = new FileStream(progressFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            running = line.StartsWith("start ", StringComparison.Ordinal) ? line["start ".Length..] : null;
        return running;
    }
}
