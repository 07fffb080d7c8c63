using System.Diagnostics;
using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>Grades labs one by one in a kata folder: build, run, read, score. A lab that does not build
/// or run scores 0 and grading goes on with the next.</summary>
public sealed class Grader(
    BuildRunner builder, TestRunner tests, TextWriter progress, GradingScheme? scheme = null, HiddenTestSet? hidden = null)
{
    /// <summary>Grades <paramref name="labs"/> in the kata at <paramref name="root"/>, printing one line
    /// per lab as it starts and as it ends. <paramref name="workDirectory"/> receives the result files.</summary>
    public IReadOnlyList<LabResult> Grade(
        string root, IReadOnlyList<Lab> labs, KataTarget target, string workDirectory, CancellationToken cancellationToken = default)
    {
        var results = new List<LabResult>();
        for (var i = 0; i < labs.Count; i++)
        {
            var lab = labs[i];
            var tag = $"[{i + 1}/{labs.Count}] {lab.Id}";
            progress.WriteLine($"{tag} {lab.Title}: building and testing against {Name(target)}…");
            var clock = Stopwatch.StartNew();

            var result = GradeLab(root, lab, target, workDirectory, cancellationToken);

            progress.WriteLine($"{tag}: {ReportTable.Describe(result)} in {clock.Elapsed.TotalSeconds:0} s");
            results.Add(result);
        }
        return results;
    }

    /// <summary>Grades one lab.</summary>
    public LabResult GradeLab(string root, Lab lab, KataTarget target, string workDirectory, CancellationToken cancellationToken = default)
    {
        var build = builder.Build(root, lab, target, cancellationToken);
        var labScheme = scheme?.For(lab);
        if (!build.Succeeded)
            return Scoring.Unscored(lab, LabStatus.BuildFailed, build.Errors, scheme: labScheme);

        var run = tests.Run(root, lab, target, workDirectory, cancellationToken);
        return run.Succeeded
            ? Scoring.Score(lab, MarkHidden(run.Tests, hidden), labScheme)
            : Scoring.Unscored(lab, LabStatus.RunFailed, run.Problems, scheme: labScheme);
    }

    /// <summary>Marks the tests of <paramref name="hidden"/>'s fixtures as hidden.</summary>
    public static IReadOnlyList<TestResult> MarkHidden(IReadOnlyList<TestResult> results, HiddenTestSet? hidden) =>
        hidden is null || hidden.Fixtures.Count == 0
            ? results
            : results.Select(t => hidden.IsHidden(t.Name) ? t with { IsHidden = true } : t).ToArray();

    /// <summary>The target as typed on the command line.</summary>
    public static string Name(KataTarget target) => target == KataTarget.Exercises ? "exercises" : "solutions";
}
