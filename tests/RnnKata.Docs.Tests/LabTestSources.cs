using System.Text.RegularExpressions;
using RnnKata.Catalogue;

namespace RnnKata.Docs.Tests;

/// <summary>
/// Reads a lab's test project as source text (the docs tests do not build it): which fixtures and
/// test methods it has, so that a chapter's "What the tests check" can be held to them.
/// </summary>
public static partial class LabTestSources
{
    /// <summary>The lab's test folder, e.g. tests/Lab01.TwoStepRnn.Tests.</summary>
    public static string Folder(Lab lab) => Path.Combine(DocsTree.Root, "tests", lab.TestProjectName);

    /// <summary>Test method names by fixture class, read from the .cs files of the lab's test project.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> TestsByFixture(Lab lab)
    {
        var fixtures = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!Directory.Exists(Folder(lab)))
            return fixtures;
        foreach (var file in Directory.EnumerateFiles(Folder(lab), "*.cs", SearchOption.AllDirectories).Where(f => !DocsTree.IsBuildOutput(f)))
        {
            foreach (var (fixture, tests) in TestsByFixture(File.ReadAllText(file)))
                fixtures[fixture] = tests;
        }
        return fixtures;
    }

    /// <summary>Test method names by fixture class in one C# source text; classes without tests are left out.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> TestsByFixture(string source)
    {
        var fixtures = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (fixture, body) in Classes(source.ReplaceLineEndings("\n")))
        {
            var tests = TestMethod().Matches(body).Select(m => m.Groups["name"].Value).Distinct().ToArray();
            if (tests.Length > 0)
                fixtures[fixture] = tests;
        }
        return fixtures;
    }

    // Each top-level class with the source text up to the next class declaration.
    private static IEnumerable<(string Name, string Body)> Classes(string source)
    {
        var classes = ClassDeclaration().Matches(source);
        for (var i = 0; i < classes.Count; i++)
        {
            var end = i + 1 < classes.Count ? classes[i + 1].Index : source.Length;
            yield return (classes[i].Groups["name"].Value, source[classes[i].Index..end]);
        }
    }

    [GeneratedRegex(@"\bclass\s+(?<name>[A-Za-z_]\w*)")]
    private static partial Regex ClassDeclaration();

    // An NUnit test attribute, then (past any other attributes) the method it marks.
    [GeneratedRegex(@"\[(?:Test|TestCase|TestCaseSource|Theory)\b[^\n]*\n(?:\s*(?://[^\n]*|\[[^\n]*)\n)*\s*public\s+(?:async\s+)?(?:void|Task)\s+(?<name>\w+)\s*\(")]
    private static partial Regex TestMethod();
}
