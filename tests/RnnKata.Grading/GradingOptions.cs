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
    /// <summary>The lab ids to grade; empty means all.</summary>
    public IReadOnlyList<string> LabIds => Labs ?? [];

    /// <summary>The usage text printed by <c>--help</c>.</summary>
    public const string Usage = """
        RnnKata grader: builds each lab's tests against your code, runs them and scores the labs.

        Usage:
          dotnet run --project tests/RnnKata.Grading -- [options]
          pwsh ./grade.ps1 [-Target exercises|solutions] [-Submission DIR] [-Labs Lab01,Lab02] [-Json FILE]

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
          2    grading could not run (no RnnKata.sln found, dotnet missing, unreadable submission)
          130  cancelled with Ctrl+C
        """;
}
