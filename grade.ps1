#Requires -Version 7.0

<#
.SYNOPSIS
    Grades the RnnKata labs: builds each lab's tests against your code, runs them and scores them.

.DESCRIPTION
    A thin wrapper around the grading engine (tests/RnnKata.Grading), which it runs with
    'dotnet run --project tests/RnnKata.Grading -- <options>'. Without PowerShell, type that command
    yourself: the options are the same (--target, --submission, --labs, --json, --submissions, --out,
    --hidden-tests, --grading-file, --force, --parallel, --lab-timeout, --test-timeout, --submission-budget, --sandbox,
    --results-json, --feedback,
    --junit, --docs-url, --help).

    For each lab the engine builds the lab's test project (exercises are built with
    -p:KataGrading=true, so a banned API is a compile error), runs its tests, reads NUnit's own result
    file and prints a table: Lab | Title | Passed | Failed | Not started | Points.

    A lab earns its catalogue points in proportion to its passing tests (points x passed / total,
    rounded to 0.1). A test that reaches an unimplemented stub is "not started" and earns nothing. A
    lab that does not compile scores 0 ("build failed") and grading goes on with the next lab.
    Optional extension exercises (tests in the NUnit category Extension) are reported in a column
    of their own and never scored. A grading file (-GradingFile) can change points per lab and give
    tests weights.

    With -Submissions the whole class is graded: every student's submission (a folder, a .zip or a
    git repository, as an LMS bulk download gives them) is taken in safely, laid over a pristine copy
    of the kata, and graded lab by lab on a fast path (the kata is built once; each student's lab is
    compiled and tested in a separate process with a time limit). The reports go to -Out.

    Exit code: 0 when grading ran (whatever the score), 1 for a wrong command line (an unknown lab),
    2 when grading could not run (no RnnKata.sln, no dotnet, an unreadable submission, a bad grading
    file or hidden-tests folder).

.PARAMETER Target
    What to grade: 'exercises' (your code, the default) or 'solutions' (the reference solutions).

.PARAMETER Submission
    A student's copy of the kata, or of its exercises/ folder, or a .zip of either. Only the student's
    exercises/**/*.cs files are taken (given code stays the kata's) and graded on the class's fast path
    (the kata's tests built once, each lab compiled in-process and tested in an isolated child
    process). The submission is never modified.

.PARAMETER Labs
    The labs to grade, e.g. Lab01,Lab02 (default: every lab in the catalogue).

.PARAMETER Json
    Also write the report as JSON to this file (per lab: status, counts, points; per test: name,
    outcome, message).

.PARAMETER ResultsJson
    Also write the results in the format of Exercism's test runners and GitHub Classroom's grading
    reporter (results.json: version, status, max_score, score, and per test name, status, score,
    message) to this file.

.PARAMETER Feedback
    Also write Markdown feedback to this file: each failing test with its message, what is not
    started yet, and what the analyzer noticed, with links to the rule pages.

.PARAMETER JUnit
    Also write a JUnit XML report to this file, for CI systems.

.PARAMETER Submissions
    Grade a whole class: every entry of this folder is one student's submission, as a folder, a zip
    file or a git repository. Submissions are only read, never modified.

.PARAMETER Out
    Where a class run writes its reports (default: grading-results): gradebook.csv, class-report.json,
    copies.md (students' code too alike, or copied from the reference solution, with the shared
    passages side by side) and, per student, students/<id>/ with report.json, results.json, junit.xml
    and feedback.md.

.PARAMETER HiddenTests
    The instructor's own tests, one folder per lab (HiddenTests/Lab02/*.cs), added to the lab's tests
    while grading. Students' feedback counts visible tests only and says that hidden tests are graded
    separately; the reports say which points came from hidden tests.

.PARAMETER GradingFile
    A JSON file with points per lab and weights per test (see the README's instructor section).

.PARAMETER Force
    Re-grade submissions already graded in -Out. Without it, a re-run skips students whose
    submission and grading setup did not change, so an interrupted run resumes.

.PARAMETER Parallel
    How many submissions to grade at once (default: the number of cores).

.PARAMETER LabTimeout
    Seconds one lab's test run may take before it is stopped (default 120).

.PARAMETER TestTimeout
    Seconds one test may take before its lab's run is stopped (default 60).

.PARAMETER SubmissionBudget
    Seconds all labs of one submission may take together (default 600).

.PARAMETER Sandbox
    How a class run isolates each lab's test process: 'auto' (the default: on Linux new user, network,
    mount and PID namespaces, with no network, a read-only file system but a private scratch folder,
    and every process it starts ended with it; where that is impossible, grading goes on without
    isolation and every report says so), 'required' (refuse to grade without isolation) or 'off'.

.PARAMETER DocsUrl
    The kata's root as an https address (https://github.com/owner/kata/blob/main/): feedback then links
    each analyzer rule's page absolutely, for feedback read away from the kata (a GitHub Classroom job
    summary). Without it the links are relative to the feedback file, and work beside the kata.

.EXAMPLE
    ./grade.ps1

    Grades your work in exercises/, lab by lab, and prints the table.

.EXAMPLE
    ./grade.ps1 -Submission ~/submissions/alice -Json ~/grades/alice.json

    Grades Alice's copy of the kata without touching it and writes the report to alice.json.

.EXAMPLE
    ./grade.ps1 -Target solutions -Labs Lab01

    Grades the reference solution of Lab 1: it should earn full marks.

.EXAMPLE
    ./grade.ps1 -Submissions ~/lms-download -Out ~/grades/week3 -HiddenTests ~/hidden -GradingFile ~/grading.json

    Grades every student in an LMS bulk download, with the instructor's hidden tests and weights,
    and writes the gradebook, the class report and each student's feedback to ~/grades/week3.
#>
[CmdletBinding()]
param(
    [ValidateSet('exercises', 'solutions')]
    [string] $Target = 'exercises',

    [string] $Submission,

    [string[]] $Labs,

    [string] $Json,

    [string] $ResultsJson,

    [string] $Feedback,

    [string] $JUnit,

    [string] $Submissions,

    [string] $Out,

    [string] $HiddenTests,

    [string] $GradingFile,

    [switch] $Force,

    [ValidateRange(1, 64)]
    [int] $Parallel,

    [ValidateRange(1, 86400)]
    [int] $LabTimeout,

    [ValidateRange(1, 86400)]
    [int] $TestTimeout,

    [ValidateRange(1, 604800)]
    [int] $SubmissionBudget,

    [ValidateSet('auto', 'required', 'off')]
    [string] $Sandbox,

    [string] $DocsUrl
)

# Only Microsoft.PowerShell.Core cmdlets and .NET calls: the script also runs in a hosted engine (the
# grader's tests), which has no other modules.
Set-StrictMode -Version 3.0

if (-not (Get-Command -Name dotnet -CommandType Application -ErrorAction Ignore)) {
    [Console]::Error.WriteLine('grade: dotnet was not found. Install the .NET SDK (see global.json) and make sure dotnet is on PATH.')
    exit 2
}

# Paths are resolved here, against PowerShell's current location, which the engine cannot see.
function Resolve-KataPath([string] $Path) {
    $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
}

$engine = [System.IO.Path]::Combine($PSScriptRoot, 'tests', 'RnnKata.Grading')
$arguments = @('run', '--project', $engine, '--', '--target', $Target)
if ($Submission) { $arguments += @('--submission', (Resolve-KataPath $Submission)) }
if ($Labs) { $arguments += @('--labs', ($Labs -join ',')) }
if ($Json) { $arguments += @('--json', (Resolve-KataPath $Json)) }
if ($ResultsJson) { $arguments += @('--results-json', (Resolve-KataPath $ResultsJson)) }
if ($Feedback) { $arguments += @('--feedback', (Resolve-KataPath $Feedback)) }
if ($JUnit) { $arguments += @('--junit', (Resolve-KataPath $JUnit)) }
if ($Submissions) { $arguments += @('--submissions', (Resolve-KataPath $Submissions)) }
if ($Out) { $arguments += @('--out', (Resolve-KataPath $Out)) }
if ($HiddenTests) { $arguments += @('--hidden-tests', (Resolve-KataPath $HiddenTests)) }
if ($GradingFile) { $arguments += @('--grading-file', (Resolve-KataPath $GradingFile)) }
if ($Force) { $arguments += '--force' }
if ($Parallel) { $arguments += @('--parallel', $Parallel) }
if ($LabTimeout) { $arguments += @('--lab-timeout', $LabTimeout) }
if ($TestTimeout) { $arguments += @('--test-timeout', $TestTimeout) }
if ($SubmissionBudget) { $arguments += @('--submission-budget', $SubmissionBudget) }
if ($Sandbox) { $arguments += @('--sandbox', $Sandbox) }
if ($DocsUrl) { $arguments += @('--docs-url', $DocsUrl) }

# The engine's hints then name this script's parameters (-Force, not --force); the session's variable is put back after.
$front = $env:RNNKATA_GRADE_FRONT
$env:RNNKATA_GRADE_FRONT = 'powershell'
try {
    & dotnet @arguments
    $code = $LASTEXITCODE
}
finally {
    $env:RNNKATA_GRADE_FRONT = $front
}
exit $code
