using System.Collections.Concurrent;
using RnnKata.Catalogue;
using RnnKata.Grading.Intake;

namespace RnnKata.Grading.Copies;

/// <summary>
/// Copy detection in a class run: each student's sources are read (as data, from intake's copy, while the student is
/// graded or found unchanged) and compared once everyone is done with each other, the kata's stubs and its reference
/// solutions (<see cref="CopyDetector"/>). Only the graded labs' own files count (not <c>Given/</c>). Thread-safe.
/// </summary>
public sealed class ClassCopies(string kataRoot, IReadOnlyList<Lab> labs)
{
    private readonly ConcurrentDictionary<string, SourceTokens> _students = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _problems = new();

    /// <summary>Reads the sources of a student's gradable intake. An error here costs the comparison of that student
    /// only (noted in the report), never the student's grade.</summary>
    public void Add(string studentId, IntakeResult intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        if (!intake.IsGradable)
            return;
        try
        {
            _students[studentId] = SourceTokens.Read(studentId, intake.ExercisesFolder!, intake.SourceFiles.Where(IsLabSource));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            _problems.Enqueue($"{studentId}: not compared ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Compares the students added, in <paramref name="order"/> (ids), with each other and the kata.</summary>
    public CopyReport Compare(IEnumerable<string> order)
    {
        var students = order.Where(_students.ContainsKey).Select(id => _students[id]).ToArray();
        var report = CopyDetector.Compare(students, KataSide("exercises", "stub"), KataSide("solutions", CopyDetector.Reference));
        return report with { Notes = [.. _problems, .. report.Notes] };
    }

    /// <summary>The kata's own sources of the graded labs under <paramref name="side"/> (exercises or solutions).</summary>
    private SourceTokens KataSide(string side, string owner)
    {
        var folder = Path.Combine(kataRoot, side);
        var files = labs.SelectMany(lab =>
        {
            var project = Path.Combine(folder, lab.Project);
            return Directory.Exists(project)
                ? Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                : [];
        }).Where(IsLabSource);
        return SourceTokens.Read(owner, folder, files);
    }

    /// <summary>A graded lab's own source (<c>Lab01.TwoStepRnn/TwoStepRnn.cs</c>), not given code or build output.</summary>
    private bool IsLabSource(string relative)
    {
        var parts = relative.Split('/');
        return parts.Length >= 2 && labs.Any(l => l.Project == parts[0])
               && !parts.Any(p => p is "Given" or "bin" or "obj");
    }
}
