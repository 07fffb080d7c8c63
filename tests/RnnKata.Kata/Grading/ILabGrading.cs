using RnnKata.Catalogue;
using RnnKata.Grading;

namespace RnnKata.Kata.Grading;

/// <summary>One grading of a lab of the working copy.</summary>
/// <param name="Result">The lab's result (build failed, run failed, or per test).</param>
/// <param name="Findings">The analyzers' warnings on the lab's files, then their infos (RK0001's stubs left).</param>
/// <param name="Elapsed">Compiling and testing together (preparing left out).</param>
public sealed record LabRun(LabResult Result, IReadOnlyList<string> Findings, TimeSpan Elapsed);

/// <summary>How the front door grades the student's labs; tests substitute a fake.</summary>
public interface ILabGrading
{
    /// <summary>Grades <paramref name="lab"/> of the working copy as it is now.</summary>
    LabRun Grade(Lab lab, CancellationToken cancellationToken);
}
