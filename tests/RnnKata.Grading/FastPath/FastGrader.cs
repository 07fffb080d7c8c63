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
    /// <paramref name="workDirectory"/> (<c>prepared/</c>), which must outlive the grading run. With hidden tests,
    /// <paramref name="hiddenKata"/> is a copy of the kata with <paramref name="hidden"/>'s files added to the labs'
    /// test projects: each lab with hidden tests gets a second test build from it, run apart from the visible tests.
    /// Every test set is listed here, before any student code runs: a lab's tests and their number come from these
    /// lists, never from what a graded run reports.
    /// </summary>
    /// <exception cref="FastPathException">A lab's pristine build failed, its analyzers or the runner could not be loaded,
    /// its tests could not be listed, or <paramref name="sandbox"/> is <see cref="SandboxMode.Required"/> and isolation
    /// is not possible here.</exception>
    public static PreparedKata Prepare(
        string kataRoot, IReadOnlyList<Lab> labs, string workDirectory, DotnetCli? dotnet = null, CancellationToken cancellationToken = default,
        SandboxMode sandbox = SandboxMode.Auto, string? hiddenKata = null, HiddenTestSet? hidden = null) =>
        Prepare(kataRoot, labs, workDirectory, dotnet, cancellationToken, sandbox, hiddenKata, hidden, analyzerErrorsAsWarnings: false);

    /// <summary>For the grader's own tests: <see cref="Prepare(string, IReadOnlyList{Lab}, string, DotnetCli?, CancellationToken, SandboxMode, string?, HiddenTestSet?)"/>
    /// with every analyzer rule (the banned APIs among them) a warning, so that a planted attack compiles and the
    /// defences of the test run are what is tested.</summary>
    internal static PreparedKata PrepareWithBansAsWarnings(
        string kataRoot, IReadOnlyList<Lab> labs, string workDirectory, CancellationToken cancellationToken, string? hiddenKata = null,
        HiddenTestSet? hidden = null) =>
        Prepare(kataRoot, labs, workDirectory, null, cancellationToken, SandboxMode.Auto, hiddenKata, hidden, analyzerErrorsAsWarnings: true);

    /// <summary>
    /// For the student front door: <see cref="Prepare(string, IReadOnlyList{Lab}, string, DotnetCli?, CancellationToken, SandboxMode, string?, HiddenTestSet?)"/>
    /// without hidden tests, reusing a lab's earlier preparation in <paramref name="workDirectory"/> (its build's answers, its
    /// listed tests, its prepared folder) when <paramref name="cacheKey"/> gives the lab the same key as then: a key that
    /// changes whenever anything the lab's test build reads changes (but the student's own files, which every grading
    /// compiles anew). No build runs then, so a grading starts in a second instead of after a build.
    /// Two runs at once on the same <paramref name="workDirectory"/> prepare one after the other (<see cref="PreparationLock"/>).
    /// </summary>
    internal static PreparedKata PrepareReusing(
        string kataRoot, IReadOnlyList<Lab> labs, string workDirectory, Func<Lab, string> cacheKey, DotnetCli? dotnet = null,
        CancellationToken cancellationToken = default, SandboxMode sandbox = SandboxMode.Off)
    {
        using var preparing = PreparationLock.Acquire(workDirectory, TimeSpan.FromMinutes(30), cancellationToken);
        return Prepare(kataRoot, labs, workDirectory, dotnet, cancellationToken, sandbox, null, null, analyzerErrorsAsWarnings: false, cacheKey);
    }

    private static PreparedKata Prepare(
        string kataRoot, IReadOnlyList<Lab> labs, string workDirectory, DotnetCli? dotnet, CancellationToken cancellationToken,
        SandboxMode sandbox, string? hiddenKata, HiddenTestSet? hidden, bool analyzerErrorsAsWarnings, Func<Lab, string>? cacheKey = null)
    {
        dotnet ??= DotnetCli.Locate();
        var root = Path.GetFullPath(kataRoot);
        var work = Path.GetFullPath(workDirectory);
        var testSandbox = TestSandbox.Create(sandbox, dotnet.Path, work);
        var analyzers = new AnalyzerCache();
        var prepared = new Dictionary<string, PreparedLab>(StringComparer.OrdinalIgnoreCase);
        foreach (var lab in labs)
        {
            var clock = Stopwatch.StartNew();
            var key = cacheKey?.Invoke(lab);
            var cacheFile = Path.Combine(work, "prepared", lab.Id + ".cache.json");
            if (key is not null && PreparedLabCache.TryRead(cacheFile, key) is { } cached)
            {
                prepared[lab.Id] = new PreparedLab(lab, new LabCompiler(root, cached.Inputs, analyzers), cached.Visible, null,
                                                   cached.Inputs.Property("AssemblyName"), clock.Elapsed);
                continue;
            }
            var inputs = LabBuildQuery.Run(dotnet, root, lab, cancellationToken);
            var labAssembly = inputs.Property("AssemblyName");
            var visible = PrepareTests(dotnet, testSandbox, root, lab, inputs, labAssembly, Path.Combine(work, "prepared", lab.Id), [], cancellationToken);
            if (key is not null)
                PreparedLabCache.Write(cacheFile, new PreparedLabCache.Entry(key, inputs, visible));

            PreparedTests? hiddenTests = null;
            var fixtures = hidden?.FixturesOf(lab) ?? [];
            if (hiddenKata is not null && fixtures.Count > 0)
            {
                var hiddenInputs = LabBuildQuery.Run(dotnet, Path.GetFullPath(hiddenKata), lab, cancellationToken);
                hiddenTests = PrepareTests(dotnet, testSandbox, Path.GetFullPath(hiddenKata), lab, hiddenInputs, labAssembly,
                                           Path.Combine(work, "prepared", lab.Id + ".hidden"), fixtures, cancellationToken);
            }
            var compiler = new LabCompiler(root, inputs, analyzers, analyzerErrorsAsWarnings);
            prepared[lab.Id] = new PreparedLab(lab, compiler, visible, hiddenTests, labAssembly, clock.Elapsed);
        }
        return new PreparedKata(dotnet, testSandbox, prepared);
    }

    /// <summary>Mirrors a lab's built tests into <paramref name="folder"/>, adds the runner and lists the tests (those of
    /// <paramref name="fixtures"/> only, unless empty) against the pristine exercises.</summary>
    private static PreparedTests PrepareTests(
        DotnetCli dotnet, TestSandbox sandbox, string kata, Lab lab, LabBuildInputs inputs, string labAssembly, string folder,
        IReadOnlyList<string> fixtures, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        FolderLinks.Mirror(inputs.TestOutputDirectory, folder);
        TestRunnerProgram.Compile(folder, inputs.References.Where(LabCompiler.IsFromSdk));
        var snapshots = SnapshotFolders(Path.Combine(kata, Path.GetDirectoryName(lab.TestProject)!));
        var tests = new PreparedTests(folder, Path.GetFileNameWithoutExtension(inputs.TestAssembly), fixtures, snapshots, []);

        var listing = Path.Combine(Path.GetDirectoryName(folder)!, Path.GetFileName(folder) + ".list");
        if (Directory.Exists(listing))
            Directory.Delete(listing, recursive: true);
        FolderLinks.Mirror(folder, listing);
        var run = LabTestProcess.Run(dotnet, sandbox, listing, tests.TestAssemblyName, labAssembly, RunnerMode.List, fixtures, snapshots,
                                     FastPathLimits.Default, cancellationToken);
        if (!run.Channel.Finished || run.Channel.Listed.Count == 0)
            throw new FastPathException($"The tests of {lab.Id} could not be listed (exit code {run.ExitCode}): " +
                                        string.Join(" | ", run.Output.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(5)));
        Directory.Delete(listing, recursive: true);
        return tests with { Listed = run.Channel.Listed.ToArray() };
    }

    /// <summary>The <c>__snapshots__</c> folders of a test project, which its figure tests read.</summary>
    private static IReadOnlyList<string> SnapshotFolders(string testProjectFolder) =>
        Directory.Exists(testProjectFolder)
            ? Directory.EnumerateDirectories(testProjectFolder, "__snapshots__", SearchOption.AllDirectories)
                .Where(d => LabCompiler.IsStudentFile(Path.GetRelativePath(testProjectFolder, Path.Combine(d, "x"))))
                .ToArray()
            : [];
}

/// <summary>A lab's built tests ready to run: the prepared folder, and the tests it holds.</summary>
/// <param name="Folder">The prepared test folder (test assembly, dependencies, runner); never written by a test run.</param>
/// <param name="TestAssemblyName">The test assembly's name.</param>
/// <param name="Fixtures">The fixtures to run (the hidden ones); empty: all.</param>
/// <param name="ReadOnlyFolders">Folders of the kata its tests read (snapshots).</param>
/// <param name="Listed">The tests, listed before any student code ran.</param>
internal sealed record PreparedTests(
    string Folder, string TestAssemblyName, IReadOnlyList<string> Fixtures, IReadOnlyList<string> ReadOnlyFolders, IReadOnlyList<ListedTest> Listed);

/// <summary>One lab ready for fast grading.</summary>
/// <param name="Lab">The lab.</param>
/// <param name="Compiler">Compiles a submission's lab.</param>
/// <param name="Visible">The lab's own tests.</param>
/// <param name="Hidden">The instructor's hidden tests, built apart; null when the lab has none.</param>
/// <param name="LabAssemblyName">The graded assembly's name (the exercise project's).</param>
/// <param name="PrepareTime">How long preparing it took.</param>
internal sealed record PreparedLab(Lab Lab, LabCompiler Compiler, PreparedTests Visible, PreparedTests? Hidden, string LabAssemblyName, TimeSpan PrepareTime);

/// <summary>The kata prepared for fast grading: thread-safe, so several submissions may be graded at once
/// (each in its own work folder).</summary>
public sealed class PreparedKata
{
    private readonly DotnetCli _dotnet;
    private readonly IReadOnlyDictionary<string, PreparedLab> _labs;

    internal PreparedKata(DotnetCli dotnet, TestSandbox sandbox, IReadOnlyDictionary<string, PreparedLab> labs)
    {
        _dotnet = dotnet;
        Sandbox = sandbox;
        _labs = labs;
    }

    /// <summary>The prepared labs' ids.</summary>
    public IReadOnlyCollection<string> LabIds => _labs.Keys.ToArray();

    /// <summary>How long each lab took to prepare (its build, MSBuild's answers, the runner, listing its tests).</summary>
    public IReadOnlyDictionary<string, TimeSpan> PrepareTimes => _labs.ToDictionary(p => p.Key, p => p.Value.PrepareTime);

    /// <summary>Where the test processes run; its <see cref="TestSandbox.Warning"/> belongs in every student's report.</summary>
    public TestSandbox Sandbox { get; }

    /// <summary>
    /// Grades <paramref name="lab"/> of the submission whose exercises folder is <paramref name="exercisesFolder"/>
    /// (see <see cref="SubmissionOverlay.FindExercises"/>): the student's <c>LabNN.…/**/*.cs</c> but <c>Given/</c>,
    /// with the kata's given and generated files. <paramref name="workDirectory"/> must be this submission's
    /// own: the lab's run folders go to <c>workDirectory/LabNN</c> (and <c>LabNN.hidden</c>). The visible tests run
    /// first; the hidden ones, if any, in a second process, which only starts when the first finished. Tests of
    /// the hidden run are marked <see cref="TestResult.IsHidden"/>; a verdict never names one, and a hidden run's
    /// own output never reaches a verdict.
    /// </summary>
    /// <exception cref="ArgumentException">The lab was not prepared.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; a running test process was killed.</exception>
    public FastLabGrade GradeLab(string exercisesFolder, Lab lab, string workDirectory, FastPathLimits? limits = null,
                                 CancellationToken cancellationToken = default)
    {
        if (!_labs.TryGetValue(lab.Id, out var prepared))
            throw new ArgumentException($"Lab {lab.Id} was not prepared (prepared: {string.Join(", ", _labs.Keys)}).", nameof(lab));
        limits ??= FastPathLimits.Default;

        var clock = Stopwatch.StartNew();
        var compiled = prepared.Compiler.Compile(Path.Combine(exercisesFolder, lab.Project), cancellationToken);
        var compileTime = clock.Elapsed;
        if (compiled.Image is not { } image)
            return new FastLabGrade(Scoring.Unscored(lab, LabStatus.BuildFailed, compiled.Errors), compiled.Warnings, compileTime, TimeSpan.Zero)
                { Notes = compiled.Notes };

        clock.Restart();
        var work = Path.GetFullPath(workDirectory);
        var visible = RunTests(prepared, prepared.Visible, image, Path.Combine(work, lab.Id), limits, cancellationToken);
        var result = visible.Problem is { } problem
            ? Scoring.Unscored(lab, LabStatus.RunFailed, [problem])
            : Scoring.Score(lab, visible.Tests);
        if (prepared.Hidden is { } hiddenTests && visible.Problem is null)
        {
            var left = limits.Timeout - clock.Elapsed;
            var hidden = left > TimeSpan.FromSeconds(1)
                ? RunTests(prepared, hiddenTests, image, Path.Combine(work, lab.Id + ".hidden"), limits with { Timeout = left }, cancellationToken)
                : new TestRunVerdict([], "no time was left for them");
            var hiddenResults = hidden.Problem is null
                ? hidden.Tests
                : hiddenTests.Listed.Select(t => Unreported(t, $"The hidden tests' run failed: {hidden.Problem}")).ToArray();
            result = Scoring.Score(lab, [.. visible.Tests, .. hiddenResults.Select(t => t with { IsHidden = true })]);
        }
        return new FastLabGrade(result, compiled.Warnings, compileTime, clock.Elapsed) { Notes = compiled.Notes };
    }

    /// <summary>The results of one test run, or why it produced none.</summary>
    private sealed record TestRunVerdict(IReadOnlyList<TestResult> Tests, string? Problem);

    /// <summary>Runs one prepared test set against the student's assembly in a fresh run folder.</summary>
    private TestRunVerdict RunTests(PreparedLab prepared, PreparedTests tests, (byte[] Dll, byte[] Pdb) image, string folder, FastPathLimits limits,
                                    CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        // Isolated, the run folder is read-only to the test process, so hard links into the shared prepared folder are
        // safe; otherwise every file is a copy, so a write through one cannot reach the next student.
        FolderLinks.Mirror(tests.Folder, folder, link: Sandbox.IsIsolated);
        FolderLinks.Replace(Path.Combine(folder, prepared.LabAssemblyName + ".dll"), image.Dll);
        FolderLinks.Replace(Path.Combine(folder, prepared.LabAssemblyName + ".pdb"), image.Pdb);

        var run = LabTestProcess.Run(_dotnet, Sandbox, folder, tests.TestAssemblyName, prepared.LabAssemblyName, RunnerMode.Run, tests.Fixtures,
                                     tests.ReadOnlyFolders, limits, cancellationToken);
        return Verdict(run, tests, limits);
    }

    /// <summary>
    /// The run's results: one per listed test, as the runner reported it, or failed when it reported nothing (explicit
    /// and ignored tests: skipped). A run that did not finish has no results, only the reason.
    /// </summary>
    private static TestRunVerdict Verdict(LabTestProcessResult run, PreparedTests tests, FastPathLimits limits)
    {
        var channel = run.Channel;
        if (channel.Finished && !run.OutputOverflowed)
        {
            return new TestRunVerdict(tests.Listed.Select(listed => channel.Results.TryGetValue(listed.Name, out var reported)
                ? NUnitXmlReader.Outcome(listed.Name, reported.Status, reported.Message, listed.IsExtension) with { Task = listed.Task }
                : Unreported(listed, "This test reported no result (the test process did not run it to the end).")).ToArray(), null);
        }

        // The verdict reaches the student's feedback: a hidden test is never named there (nor is the hidden run's output used).
        var hidden = tests.Fixtures.Count > 0;
        var running = channel.Running is null ? null : hidden ? "a hidden test" : channel.Running;
        var during = running is null ? "" : $" during {running}";
        var output = hidden ? [] : run.Output.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line.Trim()).ToArray();
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
            problem = $"The test process ended with exit code {run.ExitCode}{during} before it reported all results " +
                      "(does the code end the process, e.g. with Environment.Exit?)" +
                      (output.Length > 0 ? ": " + string.Join(" | ", output.TakeLast(3)) : ".");
        return new TestRunVerdict([], problem);
    }

    private static TestResult Unreported(ListedTest listed, string message) =>
        new(listed.Name, listed.IsSkippedByDesign ? TestOutcome.Skipped : TestOutcome.Failed, listed.IsSkippedByDesign ? null : message,
            listed.IsExtension) { Task = listed.Task };
}
