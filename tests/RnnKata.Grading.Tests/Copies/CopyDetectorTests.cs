using RnnKata.Catalogue;
using RnnKata.Grading.Copies;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Copies;

/// <summary>
/// Copy detection on Lab 1's real stub and reference solution, with three students' TwoStepRnn.cs from TestData/Copies:
/// one written with MathNet's matrix operations, a renamed, reformatted and re-commented copy of it, and one written
/// independently with loops.
/// </summary>
[Category("Grading")]
public class CopyDetectorTests
{
    private const string LabFile = "Lab01.TwoStepRnn/TwoStepRnn.cs";

    private static string Root => KataPaths.FindRoot(TestContext.CurrentContext.TestDirectory);

    private static SourceTokens Kata(string side, string owner) =>
        SourceTokens.FromText(owner, [(LabFile, File.ReadAllText(Path.Combine(Root, side, "Lab01.TwoStepRnn", "TwoStepRnn.cs")))]);

    private static SourceTokens Stub => Kata("exercises", "stub");

    private static SourceTokens Reference => Kata("solutions", CopyDetector.Reference);

    private static SourceTokens Student(string owner, string testData) =>
        SourceTokens.FromText(owner, [(LabFile, File.ReadAllText(Samples.TestData(Path.Combine("Copies", testData))))]);

    private static SourceTokens MathNet => Student("ann", "TwoStepRnn.MathNet.cs.txt");

    private static SourceTokens Renamed => Student("ben", "TwoStepRnn.MathNet.Renamed.cs.txt");

    private static SourceTokens Loops => Student("cat", "TwoStepRnn.Loops.cs.txt");

    [Test]
    public void A_renamed_and_reformatted_copy_is_found_with_its_passages()
    {
        var report = CopyDetector.Compare([MathNet, Renamed, Loops], Stub, Reference);

        var pair = report.Pairs.Should().ContainSingle().Subject;
        (pair.A, pair.B).Should().Be(("ann", "ben"));
        pair.Similarity.Should().BeGreaterThan(0.8);
        pair.Passages.Should().NotBeEmpty();
        pair.Passages.SelectMany(p => p.LinesA).Should().Contain(line => line.Contains("PointwiseTanh", StringComparison.Ordinal));
        pair.Passages.SelectMany(p => p.LinesB).Should().Contain(line => line.Contains("fromBefore", StringComparison.Ordinal));
    }

    [Test]
    public void Two_independent_correct_solutions_are_not_flagged()
    {
        var report = CopyDetector.Compare([MathNet, Loops], Stub, Reference);

        report.Pairs.Should().BeEmpty();
        report.ReferenceCopies.Should().BeEmpty("neither student copied the reference solution");
    }

    [Test]
    public void A_renamed_copy_of_the_reference_solution_is_flagged_and_the_stub_alone_is_not()
    {
        var copied = File.ReadAllText(Path.Combine(Root, "solutions", "Lab01.TwoStepRnn", "TwoStepRnn.cs"))
            .Replace("weights", "w", StringComparison.Ordinal).Replace("preActivation", "z", StringComparison.Ordinal)
            .Replace("\n    ", "\n", StringComparison.Ordinal);
        var dan = SourceTokens.FromText("dan", [(LabFile, copied)]);
        var stubOnly = SourceTokens.FromText("eve", [(LabFile, File.ReadAllText(Path.Combine(Root, "exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs")))]);
        var stubToo = SourceTokens.FromText("fay", [(LabFile, File.ReadAllText(Path.Combine(Root, "exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs")))]);

        var report = CopyDetector.Compare([dan, stubOnly, stubToo, Loops], Stub, Reference);

        report.ReferenceCopies.Select(p => p.A).Should().Equal("dan");
        report.ReferenceCopies[0].B.Should().Be(CopyDetector.Reference);
        report.Pairs.Should().BeEmpty("two untouched stubs share only the stub, which is ignored");
    }

    [Test]
    public void A_passage_most_of_the_class_shares_is_ignored()
    {
        // Six students with the same long helper (a snippet from the course forum, say) and code of their own.
        var helper = string.Concat(Enumerable.Range(0, 12).Select(i => $"    static double H{i}(double a, double b) => Math.Max(a, b) * {i} - Math.Min(a, b);\n"));
        var students = Enumerable.Range(0, 6).Select(i => SourceTokens.FromText($"s{i}",
            [(LabFile, $"class C{i}\n{{\n{helper}    static double Own(double[] v)\n    {{\n{OwnCode(i)}    }}\n}}\n")])).ToArray();

        var report = CopyDetector.Compare(students, Stub, null);

        report.CommonFingerprints.Should().BePositive();
        report.Pairs.Should().BeEmpty();
    }

    [Test]
    public void Sources_that_are_not_text_or_too_large_or_not_files_are_noted_never_a_crash()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.Combine("bad.cs"), [0xFF, 0xFE, 0xFD, 0x00, 0xC3, 0x28, (byte)'c', (byte)'l', (byte)'a', (byte)'s', (byte)'s']);
        File.WriteAllText(folder.Combine("huge.cs"), new string('x', SourceTokens.MaxFileBytes + 1));
        Directory.CreateDirectory(folder.Combine("folder.cs"));
        File.WriteAllText(folder.Combine("ok.cs"), "class Fine { }");

        var tokens = SourceTokens.Read("eve", folder.Path, ["bad.cs", "huge.cs", "folder.cs", "ok.cs", "missing.cs"]);

        tokens.Files.Select(f => f.Path).Should().Equal("bad.cs", "ok.cs");
        tokens.Notes.Should().HaveCount(4).And.Contain(n => n.StartsWith("bad.cs: not valid UTF-8", StringComparison.Ordinal))
            .And.Contain(n => n.StartsWith("huge.cs: over", StringComparison.Ordinal));
    }

    [Test]
    public void Names_literals_layout_and_comments_do_not_change_the_tokens()
    {
        var a = SourceTokens.FromText("a", [("A.cs", "int Total(int x) { return x + 1; }")]).Files[0].Kinds;
        var b = SourceTokens.FromText("b", [("B.cs", "int  Sum( int value )\n{\n  // add\n  return value + 42;\n}")]).Files[0].Kinds;
        var c = SourceTokens.FromText("c", [("C.cs", "int Total(int x) { return x - 1; }")]).Files[0].Kinds;

        a.Should().Equal(b);
        a.Should().NotEqual(c, "an operator is structure, not a name");
    }

    /// <summary>Code of a student's own: statements whose operators a generator seeded with the student's number draws.</summary>
    private static string OwnCode(int student)
    {
        var operators = new[] { "+", "-", "*", "/" };
        var draw = new Random(1000 + student);
        var lines = Enumerable.Range(0, 20).Select(i => $"        var t{i} = v[{i}] {operators[draw.Next(4)]} v[{i + 1}] {operators[draw.Next(4)]} {i};\n");
        return string.Concat(lines) + "        return t0;\n";
    }
}
