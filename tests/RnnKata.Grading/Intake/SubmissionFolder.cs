namespace RnnKata.Grading.Intake;

/// <summary>
/// Lists the submissions in a folder where every entry is one student: a folder, a <c>.zip</c>, or a git
/// repository (a folder with <c>.git</c>, or a bare <c>*.git</c> folder). An LMS bulk download fits as it is:
/// one folder or zip per student, named as <see cref="StudentNames"/> describes. Hidden entries, <c>__MACOSX</c>,
/// <c>.DS_Store</c>, <c>Thumbs.db</c> and <c>desktop.ini</c> are ignored. The folder is only read.
/// </summary>
public static class SubmissionFolder
{
    /// <summary>How many single-folder levels are looked through for a zip or a repository
    /// (an LMS folder that holds a single zip, or a folder that holds the student's clone).</summary>
    private const int MaxWrapperDepth = 3;

    /// <summary>The submissions in <paramref name="submissionsFolder"/>, in ordinal order of their original names.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<SubmissionEntry> Discover(string submissionsFolder)
    {
        var folder = Path.GetFullPath(submissionsFolder);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The submissions folder '{folder}' does not exist.");

        var found = new DirectoryInfo(folder).EnumerateFileSystemInfos()
            .Where(info => !IsJunk(info.Name))
            .OrderBy(info => info.Name, StringComparer.Ordinal)
            .Select(info => (Info: info, Name: StudentNames.Parse(info.Name), Kind: Resolve(info)))
            .ToArray();

        var ids = StudentNames.MakeUnique(found.Select(f => KeyValuePair.Create(f.Info.Name, f.Name.Id)));
        return found
            .Select(f => new SubmissionEntry(ids[f.Info.Name], f.Name.DisplayName, f.Info.Name, f.Kind.Path, f.Kind.Kind, f.Name.LmsNumber))
            .ToArray();
    }

    /// <summary>True for names never taken as submissions or submission files: hidden files and folders
    /// (a leading '.'), macOS and Windows folder litter. "." and ".." are not hidden names but path steps.</summary>
    public static bool IsJunk(string name) =>
        (name.StartsWith('.') && name is not ("." or ".."))
        || name.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
        || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);

    /// <summary>How an entry is read, and what path.</summary>
    private static (SubmissionKind Kind, string Path) Resolve(FileSystemInfo info)
    {
        if (info is FileInfo file)
        {
            return file.Extension.Equals(".zip", StringComparison.OrdinalIgnoreCase)
                ? (SubmissionKind.Zip, file.FullName)
                : (SubmissionKind.Unsupported, file.FullName);
        }

        var folder = (DirectoryInfo)info;
        var current = folder;
        for (var depth = 0; depth <= MaxWrapperDepth && current.LinkTarget is null; depth++)
        {
            if (IsRepository(current))
                return (SubmissionKind.Git, current.FullName);

            FileSystemInfo[] visible;
            try
            {
                visible = current.EnumerateFileSystemInfos().Where(child => !IsJunk(child.Name)).Take(2).ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                break; // Reading it will fail again, and be reported then.
            }
            if (visible is not [var only])
                break;
            if (only is FileInfo { Extension: var extension } && extension.Equals(".zip", StringComparison.OrdinalIgnoreCase))
                return (SubmissionKind.Zip, only.FullName);
            if (only is not DirectoryInfo inner)
                break;
            current = inner;
        }
        return (SubmissionKind.Folder, folder.FullName);
    }

    /// <summary>A working copy (a <c>.git</c> folder or file inside) or a bare repository (a <c>*.git</c>
    /// folder with <c>HEAD</c>, <c>objects</c> and <c>refs</c>).</summary>
    private static bool IsRepository(DirectoryInfo folder) =>
        Directory.Exists(Path.Combine(folder.FullName, ".git"))
        || File.Exists(Path.Combine(folder.FullName, ".git"))
        || (folder.Name.EndsWith(".git", StringComparison.OrdinalIgnoreCase)
            && File.Exists(Path.Combine(folder.FullName, "HEAD"))
            && Directory.Exists(Path.Combine(folder.FullName, "objects"))
            && Directory.Exists(Path.Combine(folder.FullName, "refs")));
}
