using System.Text;

namespace RnnKata.Grading.Intake;

/// <summary>
/// Checks, before git reads a repository, that everything git would read lies inside the submission. git itself
/// follows a <c>.git</c> file (<c>gitdir: …</c>, as linked worktrees and submodules have), a <c>.git</c> link, links
/// inside the repository (a branch that is a link to another student's branch), <c>commondir</c> and
/// <c>objects/info/alternates</c> (objects borrowed from another repository): any of these makes the submission
/// ungradable, so that another student's repository is never graded as this student's work.
/// </summary>
internal static class RepositoryBounds
{
    /// <summary>Files by which a repository reads another one, relative to the git folder.</summary>
    private static readonly string[] Borrowing = ["commondir", "objects/info/alternates", "objects/info/http-alternates"];

    /// <summary>Why the repository at <paramref name="repository"/> (a working copy or a bare one) must not be
    /// read, or null when it lies wholly inside it.</summary>
    /// <param name="repository">The working copy's folder, or the bare repository's.</param>
    /// <param name="maxEntries">How many files and folders the git folder may hold.</param>
    public static string? Problem(string repository, int maxEntries)
    {
        var dotGit = Path.Combine(repository, ".git");
        var gitDir = repository;
        switch (FileNodes.Of(dotGit))
        {
            case FileNodeKind.Missing:
                break; // a bare repository
            case FileNodeKind.Folder:
                gitDir = dotGit;
                break;
            case FileNodeKind.SymbolicLink:
                return $"Its .git is a symbolic link (to '{EntryNames.Show(new FileInfo(dotGit).LinkTarget ?? "?")}'): a repository outside " +
                       "the submission is never read, so it was not graded. Ask the student for their own clone or a zip.";
            case FileNodeKind.RegularFile:
                return $"Its .git is a file pointing at a repository elsewhere ('{Pointer(dotGit)}', as a linked worktree or a submodule has): " +
                       "a repository outside the submission is never read, so it was not graded. Ask the student for their own clone or a zip.";
            default:
                return "Its .git is not a folder (a named pipe, a device or a socket); it was not opened and the repository was not graded.";
        }

        var found = 0;
        var pending = new Stack<(string Folder, string Shown)>([(gitDir, "")]);
        while (pending.TryPop(out var next))
        {
            foreach (var child in Directory.EnumerateFileSystemEntries(next.Folder).Order(StringComparer.Ordinal))
            {
                if (++found > maxEntries)
                    return $"The repository holds more than {maxEntries} files; it was not graded.";
                var shown = next.Shown + Path.GetFileName(child);
                switch (FileNodes.Of(child))
                {
                    case FileNodeKind.Folder:
                        pending.Push((child, shown + "/"));
                        break;
                    case FileNodeKind.RegularFile when Borrowing.Contains(shown, StringComparer.Ordinal):
                        return $"The repository reads another repository's objects ('{EntryNames.Show(shown)}'); a repository outside " +
                               "the submission is never read, so it was not graded.";
                    case FileNodeKind.RegularFile or FileNodeKind.Missing:
                        break;
                    case var kind:
                        return $"The repository holds '{EntryNames.Show(shown)}', {FileNodes.Describe(kind)}: git would follow or open it, " +
                               "so the repository was not read and it was not graded. Ask the student for their own clone or a zip.";
                }
            }
        }
        return null;
    }

    /// <summary>The first line of a <c>.git</c> file, for the message (at most 200 bytes are read).</summary>
    private static string Pointer(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[200];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return EntryNames.Show(Encoding.UTF8.GetString(buffer, 0, read).Split('\n')[0].Trim());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
