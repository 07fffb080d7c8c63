using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RnnKata.Catalogue;

namespace RnnKata.Grading;

/// <summary>
/// The instructor's hidden tests (<c>--hidden-tests DIR</c>): one folder per lab, named by the lab's id
/// or its test project (<c>DIR/Lab02/*.cs</c> or <c>DIR/Lab02.ElmanBptt.Tests/*.cs</c>). At grading time
/// the files are copied into the lab's test project (<c>tests/&lt;Lab&gt;.Tests/Hidden/</c>) of the
/// graded copy of the kata, so they build with the lab's own tests and may use its helpers; a test is
/// hidden when its fixture is declared in one of these files.
/// </summary>
public sealed class HiddenTestSet
{
    /// <summary>The folder, inside a lab's test project, that receives the hidden files.</summary>
    public const string FolderInTestProject = "Hidden";

    private readonly Dictionary<string, IReadOnlyList<string>> _files;
    private readonly HashSet<string> _fixtures;
    private readonly Dictionary<string, IReadOnlyList<string>> _fixturesByLab;

    private HiddenTestSet(string source, Dictionary<string, IReadOnlyList<string>> files, Dictionary<string, IReadOnlyList<string>> fixturesByLab) =>
        (Source, _files, _fixturesByLab, _fixtures) = (source, files, fixturesByLab, fixturesByLab.Values.SelectMany(f => f).ToHashSet(StringComparer.Ordinal));

    /// <summary>No hidden tests.</summary>
    public static HiddenTestSet None { get; } = new("", new Dictionary<string, IReadOnlyList<string>>(), []);

    /// <summary>The folder the tests came from ("" for none).</summary>
    public string Source { get; }

    /// <summary>Hidden files per lab id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FilesByLab => _files;

    /// <summary>The fully qualified names of the hidden fixtures.</summary>
    public IReadOnlyCollection<string> Fixtures => _fixtures;

    /// <summary>Reads and checks a hidden-tests folder.</summary>
    /// <exception cref="HiddenTestsException">The folder is missing, holds files outside lab folders, a folder that
    /// names no lab, no test file at all, or a file that is not valid C#; the message says which.</exception>
    public static HiddenTestSet Load(string folder, IReadOnlyList<Lab> catalogue)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
            throw new HiddenTestsException($"The hidden-tests folder '{full}' does not exist.");

        var loose = Directory.EnumerateFiles(full, "*.cs").ToArray();
        if (loose.Length > 0)
            throw new HiddenTestsException(
                $"'{Path.GetFileName(loose[0])}' lies directly in '{full}': put each lab's hidden tests in a folder named after the lab (e.g. Lab02/).");

        var files = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var fixtures = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var labFolder in Directory.EnumerateDirectories(full).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(labFolder);
            var lab = catalogue.FirstOrDefault(l =>
                          string.Equals(l.Id, name, StringComparison.OrdinalIgnoreCase)
                          || string.Equals(l.TestProjectName, name, StringComparison.OrdinalIgnoreCase))
                      ?? throw new HiddenTestsException(
                          $"The hidden-tests folder '{name}' names no lab: use a lab id ({string.Join(", ", catalogue.Select(l => l.Id))}).");
            var sources = Directory.EnumerateFiles(labFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            if (sources.Length == 0)
                continue;
            files[lab.Id] = [.. files.GetValueOrDefault(lab.Id, []), .. sources];
            fixtures[lab.Id] = [.. fixtures.GetValueOrDefault(lab.Id, []), .. sources.SelectMany(FixturesIn).Distinct(StringComparer.Ordinal)];
        }
        if (files.Count == 0)
            throw new HiddenTestsException($"No hidden test files (*.cs) in '{full}': expected e.g. '{Path.Combine(full, "Lab02", "MyTests.cs")}'.");
        return new HiddenTestSet(full, files, fixtures);
    }

    /// <summary>The fully qualified names of the classes declared in <paramref name="lab"/>'s hidden files (none: the lab has no hidden tests).</summary>
    public IReadOnlyList<string> FixturesOf(Lab lab) => _fixturesByLab.GetValueOrDefault(lab.Id, []);

    /// <summary>True when the test named <paramref name="fullName"/> belongs to a hidden fixture.</summary>
    public bool IsHidden(string fullName) =>
        _fixtures.Count > 0 && _fixtures.Any(f =>
            fullName.Length > f.Length && fullName.StartsWith(f, StringComparison.Ordinal) && fullName[f.Length] is '.' or '(');

    /// <summary>Copies the hidden files of every lab into its test project under <paramref name="kataCopy"/>.</summary>
    public void CopyInto(string kataCopy, IReadOnlyList<Lab> labs)
    {
        foreach (var lab in labs)
        {
            if (!_files.TryGetValue(lab.Id, out var sources))
                continue;
            var target = Path.Combine(kataCopy, "tests", lab.TestProjectName, FolderInTestProject);
            Directory.CreateDirectory(target);
            foreach (var source in sources)
            {
                var destination = Path.Combine(target, Path.GetRelativePath(FolderOfLab(source), source));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(source, destination, overwrite: true);
            }
        }
    }

    private string FolderOfLab(string source)
    {
        var relative = Path.GetRelativePath(Source, source);
        return Path.Combine(Source, relative.Split(Path.DirectorySeparatorChar)[0]);
    }

    /// <summary>The fully qualified names of the classes declared in a hidden test file.</summary>
    private static IEnumerable<string> FixturesIn(string path)
    {
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path);
        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
            throw new HiddenTestsException($"The hidden test file '{path}' is not valid C#: {errors[0]}");
        foreach (var type in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            yield return FullName(type);
    }

    private static string FullName(ClassDeclarationSyntax type)
    {
        var parts = new List<string> { type.Identifier.ValueText };
        for (var node = type.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ClassDeclarationSyntax outer:
                    parts.Insert(0, outer.Identifier.ValueText + "+");
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Insert(0, ns.Name + ".");
                    break;
            }
        }
        return string.Concat(parts);
    }
}

/// <summary>The hidden-tests folder cannot be used; the message says why.</summary>
public sealed class HiddenTestsException(string message) : Exception(message);
