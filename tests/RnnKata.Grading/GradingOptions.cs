namespace RnnKata.Grading;

/// <summary>What the user asked the grader to do.</summary>
/// <param name="Target">The side to grade.</param>
/// <param name="Submission">A student's copy of the kata (or of its <c>exercises/</c> folder); null grades the working copy.</param>
/// <param name="Labs">Lab ids to grade, as typed; empty means every lab in the catalogue.</param>
/// <param name="JsonPath">Where to write the JSON report; null writes none.</param>
/// <param name="ShowHelp">Print the usage and stop.</param>
public sealed record GradingOptions(
    KataTarget Target = KataTarget.Exercises,
    string? Submission = null,
    IReadOnlyList<string>? Labs = null,
    string? JsonPath = null,
    bool ShowHelp = false)
{
    /// <summary>Where to write Exercism/GitHub Classroom <c>results.json</c> (one submission); null writes none.</summary>
    public string? ResultsJsonPath { get; init; }

    /// <summary>Where to write the Markdown feedback (one submission); null writes none.</summary>
    public string? FeedbackPath { get; init; }

    /// <summary>Where to write a JUnit XML report (one submission); null writes none.</summary>
    public string? JUnitPath { get; init; }

    /// <summary>A folder of submissions to grade as a class; null grades one submission or the working copy.</summary>
    public string? Submissions { get; init; }

    /// <summary>Where the class reports go (default <c>grading-results</c> in the current folder).</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The instructor's hidden tests: one folder per lab (<c>Lab02/…cs</c>); null: none.</summary>
    public string? HiddenTests { get; init; }

    /// <summary>A grading file with points per lab and weights per test; null: the catalogue's points, equal weights.</summary>
    public string? GradingFile { get; init; }

    /// <summary>Re-grade submissions that already have results in the output folder.</summary>
    public bool Force { get; init; }

    /// <summary>Submissions graded at once (default: the number of cores).</summary>
    public int? Parallel { get; init; }

    /// <summary>Wall-clock limit for one lab's test run, in seconds (default 120).</summary>
    public int? LabTimeoutSeconds { get; init; }

    /// <summary>Wall-clock limit for one test, in seconds (default 60).</summary>
    public int? TestTimeoutSeconds { get; init; }

    /// <summary>Wall-clock limit for all labs of one submission together, in seconds (default 600).</summary>
    public int? SubmissionBudgetSeconds { get; init; }

    /// <summary>How test processes are isolated in a class run (<c>--sandbox</c>); null: <see cref="FastPath.SandboxMode.Auto"/>.</summary>
    public FastPath.SandboxMode? Sandbox { get; init; }

    /// <summary>The kata's root as an https address (<c>https://github.com/owner/kata/blob/main/</c>): rule pages in feedback are
    /// linked absolutely from it; null: relative to the feedback file.</summary>
    public string? DocsUrl { get; init; }

    /// <summary>The lab ids to grade; empty means all.</summary>
    public IReadOnlyList<string> LabIds => Labs ?? [];

    /// <summary>The usage text printed by <c>--help</c>.</summary>
    public const string Usage = """
        RnnKata grader: builds each lab's tests against your code, runs them and scores the labs.

        Usage:
          dotnet run --project tests/RnnKata.Grading -- [options]
          pwsh ./grade.ps1 [-Target exercises|solutions] [-Submission DIR] [-Labs Lab01,Lab02] [-Json FILE]
          pwsh ./grade.ps1 -Submissions DIR [-Out DIR] [-HiddenTests DIR] [-GradingFile FILE] [-Force]
                           [-Sandbox auto|required|off]

        Options:
          --target exercises|solutions  What to grade (default: exercises, the code under exercises/).
                                        Exercises are built with -p:KataGrading=true: a banned API is a
                                        compile error there.
          --submission DIR              Grade a student's copy of the kata, or of its exercises/ folder.
                                        Only the student's exercises/**/*.cs files are taken (given code in
                                        Given/ folders and RnnKata.Given stays the kata's); they are laid
                                        over a copy of this kata in a temporary folder, which is graded.
                                        DIR itself is never modified.
          --labs Lab01,Lab02            Grade only these labs (default: every lab in the catalogue).
          --json FILE                   Also write the report as JSON to FILE.
          --results-json FILE           Also write Exercism / GitHub Classroom results.json to FILE.
          --feedback FILE               Also write Markdown feedback to FILE.
          --junit FILE                  Also write a JUnit XML report to FILE.

        Grading a class:
          --submissions DIR             Grade every submission in DIR: each entry is one student, as a
                                        folder, a .zip, or a git repository (an LMS bulk download with
                                        one folder or zip per student works as it is). Submissions are
                                        only read, never modified.
          --out DIR                     Where the class reports go (default: grading-results). It gets
                                        gradebook.csv (student, points per lab, total), class-report.json,
                                        copies.md (suspected copies, passages side by side) and per
                                        student students/<id>/: report.json, results.json, junit.xml and
                                        feedback.md.
          --hidden-tests DIR            The instructor's own tests, one folder per lab (DIR/Lab02/*.cs),
                                        added to the lab's tests while grading. Students' feedback counts
                                        visible tests only; the reports say which points hidden tests gave.
          --grading-file FILE           Points per lab and weights per test (JSON; see README).
          --docs-url URL                Link feedback to rule pages at this https address of the kata's root
                                        (a GitHub Classroom job summary is read away from the kata; default:
                                        links relative to the feedback file, which work beside the kata).
          --force                       Re-grade submissions already graded in --out (default: skip them,
                                        so an interrupted run resumes where it stopped).
          --parallel N                  Grade N submissions at once (default: the number of cores).
          --lab-timeout SECONDS         Stop one lab's test run after SECONDS (default 120): an endless
                                        loop costs that lab only, and the verdict names the test that
                                        was running.
          --test-timeout SECONDS        Stop a lab's run when one test takes longer than SECONDS (default
                                        60), naming the test (NUnit's own timeouts are cooperative only).
          --submission-budget SECONDS   All labs of one submission together may take SECONDS (default
                                        600); labs left when it runs out are not run and score 0.
          --sandbox auto|required|off   Isolation of the test processes (default auto). On Linux each runs
                                        in new user, network, mount and PID namespaces: no network, the
                                        file system read-only but a private scratch folder, other students
                                        and hidden tests out of sight, every process it starts ended with
                                        it. auto grades without isolation where that is impossible and
                                        says so in every report; required refuses to grade then; off never
                                        isolates. In every mode: a CPU core per concurrent run, lower
                                        priority, memory and file-size limits (where the tools exist).
          -h, --help                    Show this help.

        Scoring:
          A lab is worth its catalogue points, earned in proportion to its passing tests:
          points x passed / total, rounded to 0.1. Skipped (ignored or explicit) tests do not count.
          A test that reaches an unimplemented stub is "not started" and earns nothing. A lab that does
          not compile (build failed) earns 0, and grading goes on with the next lab.
          Tests of optional extension exercises (NUnit category Extension) are reported in
          their own column and never scored.

        Exit codes:
          0    grading ran (whatever the score)
          1    the command line is wrong (unknown option, unknown lab)
          2    grading could not run (no RnnKata.sln found, dotnet missing, unreadable submission,
               bad grading file or hidden-tests folder)
          130  cancelled with Ctrl+C
        """;
}
