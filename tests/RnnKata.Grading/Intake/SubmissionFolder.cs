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

    /// <summary>
    /// One submission given on its own (<c>--submission</c>): a folder (a copy of the kata or of its <c>exercises/</c>, read
    /// as it is on disk, uncommitted work included) or a <c>.zip</c>. The name is read as an LMS name, as in a class.
    /// </summary>
    /// <exception cref="SubmissionException">Nothing is there, or it is neither a folder nor a zip file.</exception>
    public static SubmissionEntry Single(string submission)
    {
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(submission));
        var node = FileNodes.Of(path);
        var kind = node switch
        {
            FileNodeKind.Folder => SubmissionKind.Folder,
            FileNodeKind.RegularFile when path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) => SubmissionKind.Zip,
            FileNodeKind.Missing => throw new SubmissionException($"The submission '{path}' does not exist."),
            _ => throw new SubmissionException($"The submission '{path}' is neither a folder nor a .zip file."),
        };
        var original = Path.GetFileName(path);
        var name = StudentNames.Parse(original);
        var id = StudentNames.MakeUnique([KeyValuePair.Create(original, name.Id)])[original];
        return new SubmissionEntry(id, name.DisplayName, original, path, kind, name.LmsNumber);
    }

    /// <summary>True for names never taken as submissions or submission files: hidden files and folders
    /// (a leading '.'), macOS and Windows folder litter. "." and ".." are not hidden names but path steps.</summary>
    public static bool IsJunk(string name) =>
        (name.StartsWith('.') && name is not ("." or ".."))
        || name.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
        || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);

    /// <summary>How an entry is read, and what path. Nothing is followed: an entry that is a symbolic link is a
    /// <see cref="SubmissionKind.Link"/> (it would be someone else's files), and only a regular file is a zip.</summary>
    private static (SubmissionKind Kind, string Path) Resolve(FileSystemInfo info)
    {
        var node = FileNodes.Of(info.FullName);
        if (node == FileNodeKind.SymbolicLink || info.LinkTarget is not null)
            return (SubmissionKind.Link, info.FullName);
        if (node != FileNodeKind.Folder)
            return node == FileNodeKind.RegularFile && IsZip(info) ? (SubmissionKind.Zip, info.FullName) : (SubmissionKind.Unsupported, info.FullName);

        var current = new DirectoryInfo(info.FullName);
        for (var depth = 0; depth <= MaxWrapperDepth; depth++)
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
            var inner = FileNodes.Of(only.FullName);
            if (inner == FileNodeKind.RegularFile && IsZip(only))
                return (SubmissionKind.Zip, only.FullName);
            if (inner != FileNodeKind.Folder)
                break; // a link or anything else is reported when the folder is read
            current = new DirectoryInfo(only.FullName);
        }
        return (SubmissionKind.Folder, info.FullName);
    }

    private static bool IsZip(FileSystemInfo info) => info.Extension.Equals(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>A working copy (anything named <c>.git</c> inside: a folder, or a file or link that intake then
    /// refuses to follow) or a bare repository (a <c>*.git</c> folder with <c>HEAD</c>, <c>objects</c> and <c>refs</c>).</summary>
    private static bool IsRepository(DirectoryInfo folder) =>
        FileNodes.Of(Path.Combine(folder.FullName, ".git")) != FileNodeKind.Missing
        || (folder.Name.EndsWith(".git", StringComparison.OrdinalIgnoreCase)
            && File.Exists(Path.Combine(folder.FullName, "HEAD"))
            && Directory.Exists(Path.Combine(folder.FullName, "objects"))
            && Directory.Exists(Path.Combine(folder.FullName, "refs")));
}
