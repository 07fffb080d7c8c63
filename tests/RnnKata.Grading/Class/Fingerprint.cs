using System.Security.Cryptography;
using System.Text;

namespace RnnKata.Grading.Class;

/// <summary>
/// SHA-256 fingerprints that decide whether a graded student must be graded again: the student's taken
/// sources, and the grading setup (the kata's tests and given code, the grading file, the hidden tests,
/// the labs and limits). A change in either re-grades the student on the next run.
/// </summary>
public static class Fingerprint
{
    /// <summary>A fingerprint of files (their paths relative to <paramref name="root"/> and contents) plus extra text.</summary>
    public static string Of(string root, IEnumerable<string> files, params string[] extra)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var text in extra)
            Add(hash, text);
        foreach (var file in files.Select(f => Path.GetFullPath(f, root)).Order(StringComparer.Ordinal))
        {
            Add(hash, Path.GetRelativePath(root, file).Replace('\\', '/'));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The kata files whose change changes the graded labs' grades: each lab's exercise and test projects,
    /// the given library, the test support library, the analyzers and the build files.
    /// </summary>
    public static IEnumerable<string> KataFiles(string kataRoot, IEnumerable<Catalogue.Lab> labs)
    {
        var folders = labs.SelectMany(lab => new[] { Path.Combine("exercises", lab.Project), Path.Combine("tests", lab.TestProjectName) })
            .Concat([Path.Combine("exercises", "RnnKata.Given"), Path.Combine("tests", "RnnKata.TestSupport"), "analyzers"])
            .Select(folder => Path.Combine(kataRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => !IsBuildOutput(kataRoot, file) && !file.EndsWith(".received.txt", StringComparison.Ordinal));
        var buildFiles = new[] { "", "exercises", "tests" }
            .Select(folder => Path.Combine(kataRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder))
            .Where(file => Path.GetFileName(file) is "global.json" or "BannedSymbols.txt" or ".editorconfig"
                           || Path.GetFileName(file).StartsWith("Directory.", StringComparison.Ordinal));
        return folders.Concat(buildFiles);
    }

    private static bool IsBuildOutput(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)
            .Any(part => part is "bin" or "obj" or "TestResults" or ".git");

    private static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
