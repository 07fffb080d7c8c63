namespace RnnKata.Analyzers.Tests.Support;

/// <summary>The source files of the kata's labs, as their projects compile them, for in-memory compilations.</summary>
internal static class LabSources
{
    /// <summary>
    /// The lab folders (<c>Lab*</c>) under <paramref name="side"/> (<c>solutions</c> or <c>exercises</c>), in
    /// order; a new lab is picked up by its folder. Test case sources call this before any test context exists.
    /// </summary>
    public static IEnumerable<string> Labs(string side) =>
        Directory.GetDirectories(Path.Combine(RepoRoot.FindFrom(AppContext.BaseDirectory), side), "Lab*")
            .Select(folder => Path.GetFileName(folder))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// The files a lab's solution project compiles: its own .cs files (build outputs aside) and the
    /// <c>Given/</c> files it links from the exercise project (solutions/Directory.Build.props).
    /// Paths are relative to <paramref name="root"/>.
    /// </summary>
    public static List<(string Path, string Text)> Solution(string root, string lab) =>
        Read(root, Path.Combine(root, "solutions", lab), Path.Combine(root, "exercises", lab, "Given"));

    /// <summary>The files a lab's exercise project compiles (its stubs and its <c>Given/</c> folder), relative to <paramref name="root"/>.</summary>
    public static List<(string Path, string Text)> Exercise(string root, string lab) =>
        Read(root, Path.Combine(root, "exercises", lab));

    private static List<(string Path, string Text)> Read(string root, params string[] folders) =>
        folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(file => !IsBuildOutput(Path.GetRelativePath(folder, file))))
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(root, file), File.ReadAllText(file)))
            .ToList();

    private static bool IsBuildOutput(string relativePath)
    {
        var first = relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }
}
