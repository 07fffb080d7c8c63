using System.Diagnostics;
using System.Text;
using RnnKata.Catalogue;
using RnnKata.Grading.Copies;

namespace RnnKata.Grading.Bench;

/// <summary>
/// The copy-detection benchmark (<c>--copies N</c>): a generated class of N submissions of every lab, compared as a class
/// run compares them (<see cref="CopyDetector"/>), timed apart from grading. Student i hands in, in turn: the reference
/// solutions (a copy of the reference), the stubs, or code of their own (statements drawn by a generator seeded with i,
/// as many tokens as the reference solutions); student 2 hands in student 1's code with every name changed and the
/// layout undone. Checks that exactly the copies of the reference and that one pair are flagged (exit code 3 if not): two
/// copies of the reference are not a pair of their own.
/// </summary>
public static class CopyBench
{
    /// <summary>Generates, compares, checks and prints the time; returns the exit code.</summary>
    public static int Run(string kataRoot, IReadOnlyList<Lab> labs, int size)
    {
        var stub = Side(kataRoot, labs, "exercises", "stub");
        var reference = Side(kataRoot, labs, "solutions", CopyDetector.Reference);
        var referenceText = SideText(kataRoot, labs, "solutions");
        var stubText = SideText(kataRoot, labs, "exercises");
        var tokensPerStudent = reference.TokenCount;

        var clock = Stopwatch.StartNew();
        var students = Enumerable.Range(0, size).Select(i => SourceTokens.FromText(NameOf(i), i switch
        {
            2 => [("Own/Own.cs", Renamed(OwnCode(1, tokensPerStudent)))],
            _ when i % 3 == 0 => referenceText,
            _ when i % 3 == 1 && i != 1 => stubText,
            _ => [("Own/Own.cs", OwnCode(i, tokensPerStudent))],
        })).ToArray();
        var lexing = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var report = CopyDetector.Compare(students, stub, reference);
        var comparing = clock.Elapsed.TotalSeconds;

        Console.WriteLine($"copy detection, class of {size} ({tokensPerStudent} tokens of code per student): " +
                          $"lexing {lexing:0.00} s, comparing {comparing:0.00} s; {report.ReferenceCopies.Count} copies of the reference, {report.Pairs.Count} pairs");
        var expectedCopies = Enumerable.Range(0, size).Where(i => i % 3 == 0 && i != 2).Select(NameOf).ToArray();
        var pairs = report.Pairs.Select(p => $"{p.A}+{p.B}").ToArray();
        var wrong = !report.ReferenceCopies.Select(p => p.A).Order(StringComparer.Ordinal).SequenceEqual(expectedCopies)
                    || !pairs.SequenceEqual([$"{NameOf(1)}+{NameOf(2)}"]);
        if (wrong)
        {
            Console.Error.WriteLine($"copy detection flagged the wrong students: copies {string.Join(",", report.ReferenceCopies.Select(p => p.A))}; " +
                                    $"pairs {string.Join(",", pairs.Take(20))}");
            return 3;
        }
        return 0;
    }

    private static string NameOf(int i) => $"student{i + 1:000}";

    private static IEnumerable<(string Path, string Text)> Files(string kataRoot, IReadOnlyList<Lab> labs, string side) =>
        labs.SelectMany(lab => Directory.EnumerateFiles(Path.Combine(kataRoot, side, lab.Project), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "Given" or "bin" or "obj"))
            .Select(f => (Path.GetRelativePath(Path.Combine(kataRoot, side), f).Replace('\\', '/'), File.ReadAllText(f)));

    private static (string Path, string Text)[] SideText(string kataRoot, IReadOnlyList<Lab> labs, string side) => Files(kataRoot, labs, side).ToArray();

    private static SourceTokens Side(string kataRoot, IReadOnlyList<Lab> labs, string side, string owner) =>
        SourceTokens.FromText(owner, Files(kataRoot, labs, side));

    /// <summary>
    /// About <paramref name="tokens"/> tokens of code drawn by a generator seeded with the student's number: statements of
    /// random expression trees (operators, calls, indexing, conditionals), so that two students' code differs in structure
    /// as two people's does, not only in names.
    /// </summary>
    private static string OwnCode(int student, int tokens)
    {
        var draw = new Random(student);
        var text = new StringBuilder("class Own\n{\n    static double Run(double[] v, double s)\n    {\n");
        var written = 0;
        while (written < tokens)
        {
            var statement = draw.Next(4) switch
            {
                0 => $"        s = {Expression(draw, 3)};\n",
                1 => $"        if ({Expression(draw, 2)} > {Expression(draw, 2)}) s -= {Expression(draw, 2)};\n",
                2 => $"        for (var i = 0; i < v.Length; i++) v[i] = {Expression(draw, 3)};\n",
                _ => $"        s += Math.Max({Expression(draw, 2)}, {Expression(draw, 2)});\n",
            };
            text.Append(statement);
            written += Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseTokens(statement).Count() - 1;
        }
        return text.Append("        return s;\n    }\n}\n").ToString();
    }

    private static string Expression(Random draw, int depth)
    {
        string[] operators = ["+", "-", "*", "/"];
        return (depth == 0 ? draw.Next(3) : draw.Next(8)) switch
        {
            0 => "s",
            1 => draw.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture),
            2 => "v[0]",
            3 or 4 => $"({Expression(draw, depth - 1)} {operators[draw.Next(4)]} {Expression(draw, depth - 1)})",
            5 => $"Math.Sqrt({Expression(draw, depth - 1)})",
            6 => $"-{Expression(draw, depth - 1)}",
            _ => $"({Expression(draw, depth - 1)} > s ? {Expression(draw, depth - 1)} : {Expression(draw, depth - 1)})",
        };
    }

    /// <summary>A copier's disguise: every name changed, every literal changed, the layout undone.</summary>
    private static string Renamed(string code) =>
        code.Replace("Own", "Mine", StringComparison.Ordinal).Replace("Run", "Go", StringComparison.Ordinal)
            .Replace("s ", "total ", StringComparison.Ordinal).Replace("v[", "values[", StringComparison.Ordinal).Replace("s)", "total)", StringComparison.Ordinal)
            .Replace("\n        ", " ", StringComparison.Ordinal).Replace("1", "7", StringComparison.Ordinal);
}
