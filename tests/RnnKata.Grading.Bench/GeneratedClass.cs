using System.Diagnostics;
using System.IO.Compression;
using RnnKata.Catalogue;

namespace RnnKata.Grading.Bench;

/// <summary>
/// A generated class: student i gets one of six kinds of submission in turn — solved (folder), solved
/// (zip), the pristine stubs (zip), half done (Lab01 solved, the rest stubs), a compile error in the last
/// lab, and a solved git repository — so a class mixes fast and slow labs as a real one does. A lab whose
/// reference solution runs on the engine (Lab 4 on) cannot be handed in as a student's work — the exercise
/// project does not reference the engine — so "solved" students hand in that lab's stubs.
/// </summary>
public static class GeneratedClass
{
    /// <summary>The kinds, in the order students get them.</summary>
    public static readonly string[] Kinds = ["solved", "solved-zip", "pristine-zip", "half-done", "compile-error", "solved-git"];

    /// <summary>
    /// The points student <paramref name="index"/> (from 0) must get: every lab of a solved submission, the
    /// first lab of a half-done one, all but the last lab when the last does not compile, nothing for the stubs.
    /// </summary>
    /// <param name="index">The student, from 0.</param>
    /// <param name="labs">The labs, in order.</param>
    /// <param name="solvable">Whether a lab's reference solution can be handed in (<see cref="Lab.ReferenceCompilesAsExercise"/>).</param>
    public static int ExpectedPoints(int index, IReadOnlyList<Lab> labs, Func<Lab, bool> solvable)
    {
        ArgumentNullException.ThrowIfNull(solvable);
        int Points(IEnumerable<Lab> solved) => solved.Where(solvable).Sum(l => l.Points);
        return Kinds[index % Kinds.Length] switch
        {
            "pristine-zip" => 0,
            "half-done" => Points(labs.Take(1)),
            "compile-error" => Points(labs.Take(labs.Count - 1)),
            _ => Points(labs),
        };
    }

    /// <summary>The student's name in the class (and so in the gradebook).</summary>
    public static string NameOf(int index) => $"student{index + 1:000}";

    /// <summary>Writes <paramref name="size"/> submissions into <paramref name="folder"/>.</summary>
    public static void Write(string kataRoot, IReadOnlyList<Lab> labs, int size, string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < size; i++)
        {
            var kind = Kinds[i % Kinds.Length];
            var name = NameOf(i);
            var tree = Path.Combine(folder, kind.EndsWith("-zip", StringComparison.Ordinal) ? "." + name : name);
            foreach (var lab in labs)
            {
                var solved = (kind.StartsWith("solved", StringComparison.Ordinal) || (kind == "half-done" && lab == labs[0])
                              || (kind == "compile-error" && lab != labs[^1])) && lab.ReferenceCompilesAsExercise(kataRoot);
                Copy(Path.Combine(kataRoot, solved ? "solutions" : "exercises", lab.Project), Path.Combine(tree, "exercises", lab.Project));
            }
            if (kind == "compile-error")
                File.AppendAllText(Directory.EnumerateFiles(Path.Combine(tree, "exercises", labs[^1].Project), "*.cs").First(), "\nnot C#\n");
            if (kind.EndsWith("-zip", StringComparison.Ordinal))
            {
                ZipFile.CreateFromDirectory(tree, Path.Combine(folder, name + ".zip"));
                Directory.Delete(tree, recursive: true);
            }
            if (kind == "solved-git")
            {
                Git(tree, "init", "-q");
                Git(tree, "add", "-A");
                Git(tree, "-c", "user.name=Student", "-c", "user.email=s@example.org", "commit", "-qm", "my work");
            }
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
                continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var git = Process.Start(start)!;
        git.WaitForExit();
        if (git.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed in {folder}: {git.StandardError.ReadToEnd()}");
    }
}
