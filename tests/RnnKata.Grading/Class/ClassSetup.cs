using System.Diagnostics;
using RnnKata.Catalogue;
using RnnKata.Grading.FastPath;

namespace RnnKata.Grading.Class;

/// <summary>
/// What every student of a class run shares, made once: the pristine kata (for integrity warnings), a
/// copy of it with the hidden tests added, built and prepared for the fast path (only when a first
/// student needs grading: a resumed run with nothing new builds nothing), the grading scheme, the limits
/// and the setup's fingerprint.
/// </summary>
public sealed record ClassSetup(
    IReadOnlyList<Lab> Labs, Lazy<PreparedKata> LazyPrepared, Intake.PristineKata Pristine, GradingScheme Scheme, HiddenTestSet Hidden,
    FastPathLimits Limits, Intake.IntakeLimits IntakeLimits, string SetupFingerprint)
{
    /// <summary>The kata prepared for the fast path (built on first use).</summary>
    public PreparedKata Prepared => LazyPrepared.Value;

    /// <summary>Wall-clock time all labs of one submission may take together (<c>--submission-budget</c>).</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The class's sources, gathered for copy detection (<see cref="Copies.ClassCopies"/>).</summary>
    public Copies.ClassCopies? Copies { get; init; }

    /// <summary>Where feedback links rule pages absolutely (<c>--docs-url</c>); null: relative to the feedback file.</summary>
    public string? DocsUrl { get; init; }

    /// <summary>How long preparing took; zero when nothing needed it.</summary>
    public TimeSpan PrepareTime { get; private set; }

    /// <summary>Prepares the kata at <paramref name="kataRoot"/> under <paramref name="work"/>.</summary>
    /// <param name="reuse">A folder where the prepared labs are kept between runs (one submission graded after another),
    /// reused while the setup's fingerprint (the kata's files, the grader, labs, scheme, limits, sandbox) is unchanged;
    /// null, or hidden tests: prepared afresh under <paramref name="work"/>.</param>
    /// <exception cref="FastPathException">A lab of the pristine kata (with the hidden tests) does not build.</exception>
    public static ClassSetup Prepare(
        string kataRoot, IReadOnlyList<Lab> labs, GradingScheme scheme, HiddenTestSet hidden, GradingOptions options,
        GradingEnvironment environment, string work, TextWriter output, CancellationToken cancellationToken, string? reuse = null)
    {
        var kata = kataRoot;
        if (hidden.Fixtures.Count > 0)
        {
            kata = Path.Combine(work, "kata");
            SubmissionOverlay.CopyTree(kataRoot, kata);
            hidden.CopyInto(kata, labs);
            output.WriteLine($"Added the hidden tests of {string.Join(", ", hidden.FilesByLab.Keys)} from {hidden.Source}.");
        }
        var limits = FastPathLimits.Default with
        {
            Timeout = TimeSpan.FromSeconds(options.LabTimeoutSeconds ?? 120),
            TestTimeout = TimeSpan.FromSeconds(options.TestTimeoutSeconds ?? 60),
        };
        var setupFingerprint = Fingerprint.Of(
            kata, Fingerprint.KataFiles(kata, labs),
            typeof(ClassSetup).Assembly.ManifestModule.ModuleVersionId.ToString(),
            string.Join(",", labs.Select(l => l.Id)),
            scheme.Source == "catalogue" ? "catalogue" : File.ReadAllText(scheme.Source),
            limits.ToString(), (options.SubmissionBudgetSeconds ?? 600).ToString(System.Globalization.CultureInfo.InvariantCulture),
            (options.Sandbox ?? SandboxMode.Auto).ToString());
        ClassSetup? setup = null;
        var prepared = new Lazy<PreparedKata>(() =>
        {
            lock (output)
                output.WriteLine("Preparing the kata (building each lab's tests once)…");
            var clock = Stopwatch.StartNew();
            // The visible tests are built from the kata itself, the hidden ones from the copy: they run apart.
            var kataPrepared = reuse is not null && kata == kataRoot
                ? FastGrader.PrepareReusing(kataRoot, labs, reuse, _ => setupFingerprint, environment.Dotnet, cancellationToken,
                                            options.Sandbox ?? SandboxMode.Auto)
                : FastGrader.Prepare(kataRoot, labs, work, environment.Dotnet, cancellationToken, options.Sandbox ?? SandboxMode.Auto,
                                     kata == kataRoot ? null : kata, hidden);
            if (kataPrepared.Sandbox.Warning is { } warning)
                lock (output)
                    output.WriteLine($"Warning: {warning}");
            setup!.PrepareTime = clock.Elapsed;
            return kataPrepared;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        setup = new ClassSetup(labs, prepared, Intake.PristineKata.Load(kataRoot), scheme, hidden, limits, Intake.IntakeLimits.Default,
                               setupFingerprint)
        {
            Budget = TimeSpan.FromSeconds(options.SubmissionBudgetSeconds ?? 600),
            Copies = options.Submissions is null ? null : new Copies.ClassCopies(kataRoot, labs),
            DocsUrl = options.DocsUrl,
        };
        return setup;
    }
}
