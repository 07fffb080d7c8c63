using System.Diagnostics;
using RnnKata.Catalogue;
using RnnKata.Grading;
using RnnKata.Grading.FastPath;

namespace RnnKata.Kata.Grading;

/// <summary>
/// Grades the working copy's labs through the grader's fast path: each lab's tests are built once (on first use, with
/// <c>dotnet msbuild</c>), then every grading compiles the lab's files in-process with Roslyn, as the grader does, and
/// runs the prebuilt tests against the new assembly in a child process. The prepared files live under
/// <c>.artifacts/kata/</c> and are reused by the next run while <see cref="BuildKey"/> stays the same, so only the first
/// run after a change of the kata itself builds.
/// </summary>
public sealed class FastLabGrading : ILabGrading
{
    private readonly string _root;
    private readonly DotnetCli _dotnet;
    private readonly Dictionary<string, PreparedKata> _prepared = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Grades the kata at <paramref name="root"/>.</summary>
    public FastLabGrading(string root, DotnetCli? dotnet = null)
    {
        _root = Path.GetFullPath(root);
        _dotnet = dotnet ?? DotnetCli.Locate();
    }

    /// <summary>Where the prepared tests and the test runs live.</summary>
    public string WorkFolder => Path.Combine(_root, ".artifacts", "kata");

    /// <summary>Builds <paramref name="lab"/>'s tests (once per process), against the working copy as it is.</summary>
    /// <exception cref="FastPathException">The build failed (the message lists the first errors).</exception>
    public void Prepare(Lab lab, CancellationToken cancellationToken)
    {
        if (_prepared.ContainsKey(lab.Id))
            return;
        _prepared[lab.Id] = FastGrader.PrepareReusing(_root, [lab], Path.Combine(WorkFolder, lab.Id), _ => BuildKey.Of(_root), _dotnet,
                                                       cancellationToken);
    }

    /// <inheritdoc />
    public LabRun Grade(Lab lab, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            Prepare(lab, cancellationToken);
        }
        catch (FastPathException e)
        {
            // The first build reads the lab as it is: a compile error of the student's stops it, and says where.
            return new LabRun(Scoring.Unscored(lab, LabStatus.BuildFailed, [e.Message]), [], clock.Elapsed);
        }
        clock.Restart();
        var grade = _prepared[lab.Id].GradeLab(Path.Combine(_root, "exercises"), lab, Path.Combine(WorkFolder, lab.Id, "runs"), FastPathLimits.Default,
                                               cancellationToken);
        return new LabRun(grade.Result, [.. grade.Warnings, .. grade.Notes], clock.Elapsed);
    }
}
