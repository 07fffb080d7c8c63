namespace RnnKata.Analyzers.Tests.Support;

/// <summary>
/// A throw-away copy of the parts of the repository an exercise build needs, in a fresh temp
/// folder (build outputs left out). Disposing it deletes the folder.
/// </summary>
internal sealed class KataSandbox : IDisposable
{
    private static readonly string[] RootFiles = ["global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig"];
    private static readonly string[] OptionalRootFiles = ["Directory.Build.targets", "NuGet.config", "nuget.config"];
    private static readonly string[] Folders = ["exercises", "analyzers/RnnKata.Analyzers"];
    private static readonly string[] FolderFiles = ["analyzers/Directory.Build.props"];
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj" };

    private KataSandbox(string root) => Root = root;

    /// <summary>The sandbox's own repository root.</summary>
    public string Root { get; }

    /// <summary>Copies what an exercise build needs from <paramref name="repoRoot"/> into a new temp folder.</summary>
    public static KataSandbox CopyOf(string repoRoot)
    {
        var sandbox = new KataSandbox(Directory.CreateTempSubdirectory("RnnKata-real-build-").FullName);
        foreach (var file in RootFiles.Concat(FolderFiles))
            sandbox.CopyFile(repoRoot, file);
        foreach (var file in OptionalRootFiles.Where(f => File.Exists(Path.Combine(repoRoot, f))))
            sandbox.CopyFile(repoRoot, file);
        foreach (var folder in Folders)
            CopyFolder(new DirectoryInfo(Path.Combine(repoRoot, folder)), sandbox.PathOf(folder));
        return sandbox;
    }

    /// <summary>The absolute path of <paramref name="relativePath"/> inside the sandbox.</summary>
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Writes a file into the sandbox, for example a mistake the analyzers should catch.</summary>
    public void Plant(string relativePath, string contents) => File.WriteAllText(PathOf(relativePath), contents);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build process that is still shutting down may hold a file; the OS temp cleaner gets it.
        }
    }

    private void CopyFile(string repoRoot, string relativePath)
    {
        var target = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(repoRoot, relativePath), target);
    }

    private static void CopyFolder(DirectoryInfo source, string target)
    {
        if (!source.Exists)
            throw new DirectoryNotFoundException($"The real-build test needs '{source.FullName}'.");
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
            file.CopyTo(Path.Combine(target, file.Name));
        foreach (var folder in source.EnumerateDirectories().Where(d => !SkippedFolders.Contains(d.Name)))
            CopyFolder(folder, Path.Combine(target, folder.Name));
    }
}
