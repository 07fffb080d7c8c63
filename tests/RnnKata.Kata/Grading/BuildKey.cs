using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RnnKata.Kata.Grading;

/// <summary>
/// What a lab's test build depends on, as one key: the path, size and time of every file of the kata but the student's
/// own sources (<c>exercises/LabNN.*/**/*.cs</c> outside <c>Given/</c>, which every grading compiles anew), build outputs,
/// <c>.git</c>, <c>.artifacts</c>, <c>docs</c> and <c>solutions</c> (which an exercises build never reads). When it
/// changes (a pull of the kata, an edited test), the front door builds the lab's tests again.
/// </summary>
public static class BuildKey
{
    private static readonly HashSet<string> SkippedTopFolders = new(StringComparer.Ordinal) { ".git", ".artifacts", "docs", "solutions" };
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "TestResults", "StrykerOutput" };

    /// <summary>The key of the kata at <paramref name="root"/> as it is now.</summary>
    public static string Of(string root)
    {
        var builder = new StringBuilder();
        foreach (var file in Files(root, root).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(Path.Combine(root, file));
            builder.Append(file).Append('|').Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>Whether a path relative to the root is a student's source (graded anew each time, so not part of the key).</summary>
    public static bool IsStudentSource(string relative)
    {
        var parts = relative.Split('/', '\\');
        return parts.Length >= 3 && parts[0] == "exercises" && parts[1].StartsWith("Lab", StringComparison.Ordinal)
               && relative.EndsWith(".cs", StringComparison.Ordinal) && !parts[2..^1].Contains("Given");
    }

    private static IEnumerable<string> Files(string root, string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!IsStudentSource(relative))
                yield return relative;
        }
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (SkippedFolders.Contains(name) || (folder == root && SkippedTopFolders.Contains(name)) || new DirectoryInfo(sub).LinkTarget is not null)
                continue;
            foreach (var file in Files(root, sub))
                yield return file;
        }
    }
}
