#Requires -Version 7.0

<#
.SYNOPSIS
    Grades the RnnKata labs: builds each lab's tests against your code, runs them and scores them.

.DESCRIPTION
    A thin wrapper around the grading engine (tests/RnnKata.Grading), which it runs with
    'dotnet run --project tests/RnnKata.Grading -- <options>'. Without PowerShell, type that command
    yourself: the options are the same (--target, --submission, --labs, --json, --help).

    For each lab the engine builds the lab's test project (exercises are built with
    -p:KataGrading=true, so a banned API is a compile error), runs its tests, reads NUnit's own result
    file and prints a table: Lab | Title | Passed | Failed | Not started | Points.

    A lab earns its catalogue points in proportion to its passing tests (points x passed / total,
    rounded to 0.1). A test that reaches an unimplemented stub is "not started" and earns nothing. A
    lab that does not compile scores 0 ("build failed") and grading goes on with the next lab.
    Optional extension exercises (tests in the NUnit category Extension) are reported in a column
    of their own and never scored.

    Exit code: 0 when grading ran (whatever the score), 1 for a wrong command line (an unknown lab),
    2 when grading could not run (no RnnKata.sln, no dotnet, an unreadable submission).

.PARAMETER Target
    What to grade: 'exercises' (your code, the default) or 'solutions' (the reference solutions).

.PARAMETER Submission
    A student's copy of the kata, or of its exercises/ folder. Only the student's exercises/**/*.cs
    files are taken (given code stays the kata's); they are laid over a copy of this kata in a
    temporary folder, which is graded. The submission folder is never modified.

.PARAMETER Labs
    The labs to grade, e.g. Lab01,Lab02 (default: every lab in the catalogue).

.PARAMETER Json
    Also write the report as JSON to this file (per lab: status, counts, points; per test: name,
    outcome, message).

.EXAMPLE
    ./grade.ps1

    Grades your work in exercises/, lab by lab, and prints the table.

.EXAMPLE
    ./grade.ps1 -Submission ~/submissions/alice -Json ~/grades/alice.json

    Grades Alice's copy of the kata without touching it and writes the report to alice.json.

.EXAMPLE
    ./grade.ps1 -Target solutions -Labs Lab01

    Grades the reference solution of Lab 1: it should earn full marks.
#>
[CmdletBinding()]
param(
    [ValidateSet('exercises', 'solutions')]
    [string] $Target = 'exercises',

    [string] $Submission,

    [string[]] $Labs,

    [string] $Json
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

& dotnet @arguments
exit $LASTEXITCODE
