using RnnKata.Catalogue;
using RnnKata.Kata.Grading;
using RnnKata.Kata.Hints;
using RnnKata.Kata.Progress;
using Spectre.Console;

namespace RnnKata.Kata;

/// <summary>What every command works with: the kata's root, its labs, the console, and how labs are graded.</summary>
/// <param name="Root">The repository root.</param>
/// <param name="Labs">The catalogue's labs, in curriculum order.</param>
/// <param name="Console">Where screens are written.</param>
/// <param name="Grading">How a lab of the working copy is graded.</param>
public sealed record KataContext(string Root, IReadOnlyList<Lab> Labs, IAnsiConsole Console, ILabGrading Grading)
{
    /// <summary>The file that remembers the lab last watched, relative to the root.</summary>
    public const string CurrentLabFile = ".artifacts/kata/current-lab";

    /// <summary>Grades <paramref name="lab"/> and groups its tests by chapter task.</summary>
    public (LabProgress Progress, TimeSpan Elapsed) Progress(Lab lab, CancellationToken cancellationToken)
    {
        var run = Grading.Grade(lab, cancellationToken);
        return (LabProgress.From(lab, run.Result, Chapter.Tasks(Path.Combine(Root, lab.Chapter), lab.Chapter), run.Findings), run.Elapsed);
    }

    /// <summary>The hints of <paramref name="lab"/>.</summary>
    public HintBook Hints(Lab lab) => HintBook.Load(Root, lab);

    /// <summary>The lab named <paramref name="id"/> (any case).</summary>
    /// <exception cref="ArgumentException">No such lab; the message lists the known ones.</exception>
    public Lab LabNamed(string id) =>
        Labs.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase)
                                 || (int.TryParse(id, out var n) && l.Number == n))
        ?? throw new ArgumentException($"No lab '{id}'. Known labs: {string.Join(", ", Labs.Select(l => l.Id))}.");

    /// <summary>The lab to watch: <paramref name="id"/> when given, else the one watched last, else the first.</summary>
    public Lab LabToWatch(string? id)
    {
        if (id is not null)
            return LabNamed(id);
        var remembered = Path.Combine(Root, CurrentLabFile);
        if (File.Exists(remembered) && Labs.FirstOrDefault(l => l.Id == File.ReadAllText(remembered).Trim()) is { } last)
            return last;
        return Labs[0];
    }

    /// <summary>Remembers <paramref name="lab"/> as the lab being worked on.</summary>
    public void Remember(Lab lab)
    {
        var path = Path.Combine(Root, CurrentLabFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, lab.Id + "\n");
    }
}
