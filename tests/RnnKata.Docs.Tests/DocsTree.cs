using System.Collections.Concurrent;
using RnnKata.Catalogue;
using RnnKata.Docs.Tests.Markdown;

namespace RnnKata.Docs.Tests;

/// <summary>The kata's docs on disk: where they are, their markdown files, and how links resolve.</summary>
public static class DocsTree
{
    private static readonly Lazy<string> LazyRoot = new(() => KataPaths.FindRoot());
    private static readonly ConcurrentDictionary<string, MarkdownDocument> Documents = new(StringComparer.Ordinal);

    /// <summary>The repository root (the folder holding RnnKata.sln).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The docs folder.</summary>
    public static string DocsFolder => Path.Combine(Root, "docs");

    /// <summary>The docs' start page.</summary>
    public static string ReadmePath => Path.Combine(DocsFolder, "README.md");

    /// <summary>Every markdown file under docs/, in a stable order.</summary>
    public static IReadOnlyList<string> MarkdownFiles() =>
        Directory.Exists(DocsFolder)
            ? Directory.EnumerateFiles(DocsFolder, "*.md", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(path))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];

    /// <summary>The parsed markdown file at <paramref name="path"/> (read once per test run).</summary>
    public static MarkdownDocument Document(string path) => Documents.GetOrAdd(Path.GetFullPath(path), MarkdownDocument.Load);

    /// <summary>A path relative to the repository root, with forward slashes, for messages and test names.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>The absolute path a relative link in <paramref name="fromFile"/> points at, as GitHub resolves it.</summary>
    /// <param name="fromFile">The markdown file holding the link.</param>
    /// <param name="linkPath">The link's path part (no anchor); a leading <c>/</c> means the repository root.</param>
    public static string Resolve(string fromFile, string linkPath) =>
        linkPath.StartsWith('/')
            ? Path.GetFullPath(Path.Combine(Root, linkPath.TrimStart('/')))
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fromFile)!, linkPath));

    /// <summary>True when <paramref name="path"/> lies inside the repository.</summary>
    public static bool IsInsideRepository(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>True for files under a bin/ or obj/ folder.</summary>
    public static bool IsBuildOutput(string path)
    {
        var parts = Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Any(part => part is "bin" or "obj");
    }
}
