using System.IO.Compression;
using System.Text;

namespace RnnKata.Grading.Intake;

/// <summary>One entry of a submission as a source lists it: a file to read, a link not to follow, or an entry
/// skipped for its name.</summary>
/// <param name="Shown">The entry's name as shown in warnings ('/' separators, control characters escaped).</param>
/// <param name="Segments">The path's parts when it is safe to use; null when it is not.</param>
/// <param name="Length">The file's length in bytes as the source states it (a zip may lie: reads are bounded).</param>
/// <param name="Open">Opens the file for reading; null for links and unsafe entries.</param>
/// <param name="Skip">Why the entry is not taken (a warning's reason), or null.</param>
internal sealed record SubmissionItem(string Shown, string[]? Segments, long Length, Func<Stream>? Open, string? Skip)
{
    /// <summary>The safe path with '/' separators.</summary>
    public string RelativePath => string.Join('/', Segments ?? []);
}

/// <summary>Checks entry names: no way out of the submission, no absolute paths, no names a file system refuses.</summary>
internal static class EntryNames
{
    /// <summary>Characters Windows refuses in a name; a name with one cannot be graded everywhere.</summary>
    private const string WindowsInvalid = "<>:\"|?*\\";

    /// <summary>The path's parts, or why the name cannot be used. <paramref name="raw"/> is a zip entry's name
    /// ('/' or '\' separators).</summary>
    public static (string[]? Segments, string? Problem) CheckArchiveName(string raw)
    {
        var path = raw.Replace('\\', '/');
        if (path.StartsWith('/') || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':'))
            return (null, "an absolute path");
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        if (segments.Contains(".."))
            return (null, "the path leads outside the submission");
        return CheckSegments(segments);
    }

    /// <summary>The parts themselves, or why one of them cannot be used as a file or folder name.</summary>
    public static (string[]? Segments, string? Problem) CheckSegments(string[] segments)
    {
        foreach (var segment in segments)
        {
            if (segment.Any(char.IsControl))
                return (null, "the name has a control character");
            if (segment.Contains('\uFFFD') || segment.Any(char.IsSurrogate) && !IsWellFormed(segment))
                return (null, "the name is not valid text (a wrong encoding)");
            if (segment.IndexOfAny(WindowsInvalid.ToCharArray()) >= 0)
                return (null, "the name has a character that Windows does not allow (<>:\"|?*\\)");
            if (segment is "." or ".." || segment.EndsWith('.') || segment.EndsWith(' '))
                return (null, "the name ends with a dot or a space, which Windows drops");
        }
        return segments.Length == 0 ? (null, "the name is empty") : (segments, null);
    }

    /// <summary>A name for messages: control characters as <c>\uXXXX</c>, '\' as '/'.</summary>
    public static string Show(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.Replace('\\', '/'))
        {
            if (char.IsControl(c))
                builder.Append($"\\u{(int)c:X4}");
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return false;
        }
        return true;
    }
}

/// <summary>Lists a folder's files without following links; nothing is written.</summary>
internal static class FolderItems
{
    /// <summary>Every file and link under <paramref name="root"/>, in a stable order, not descending into
    /// junk folders (hidden ones, <c>bin</c>, <c>obj</c>…). Stops after <paramref name="max"/> + 1 entries.</summary>
    public static List<SubmissionItem> List(string root, int max)
    {
        var items = new List<SubmissionItem>();
        Walk(new DirectoryInfo(root), [], root, items, max);
        return items;
    }

    private static void Walk(DirectoryInfo folder, string[] prefix, string root, List<SubmissionItem> items, int max)
    {
        var children = folder.EnumerateFileSystemInfos().OrderBy(info => info.Name, StringComparer.Ordinal);
        foreach (var child in children)
        {
            if (items.Count > max)
                return;
            string[] segments = [.. prefix, child.Name];
            var shown = EntryNames.Show(string.Join('/', segments));
            if (SubmissionLayout.IsJunk(segments))
                continue;

            // lstat, not the FileSystemInfo: a link is never followed and a FIFO or a device is never opened.
            var node = FileNodes.Of(child.FullName);
            if (node == FileNodeKind.SymbolicLink || child.LinkTarget is not null)
            {
                items.Add(new SubmissionItem(shown, null, 0, null, LinkReason(child, child.LinkTarget, root)));
                continue;
            }
            if (node is FileNodeKind.Special or FileNodeKind.Missing)
            {
                items.Add(new SubmissionItem(shown, null, 0, null, $"{FileNodes.Describe(node)}; it was not opened"));
                continue;
            }
            var (safe, problem) = EntryNames.CheckSegments(segments);
            if (problem is not null)
            {
                items.Add(new SubmissionItem(shown, null, 0, null, problem));
                continue;
            }
            if (node == FileNodeKind.Folder)
            {
                try
                {
                    Walk(new DirectoryInfo(child.FullName), segments, root, items, max);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    items.Add(new SubmissionItem(shown + "/", null, 0, null, "the folder cannot be read"));
                }
            }
            else
            {
                var path = child.FullName;
                items.Add(new SubmissionItem(shown, safe, ((FileInfo)child).Length,
                    () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), null));
            }
        }
    }

    private static string LinkReason(FileSystemInfo link, string? target, string root)
    {
        if (target is null)
            return "a symbolic link; links are not followed";
        var resolved = Path.GetFullPath(target, Path.GetDirectoryName(link.FullName)!);
        var inside = resolved.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside
            ? "a symbolic link; links are not followed"
            : $"a symbolic link to '{EntryNames.Show(target)}', outside the submission; links are not followed";
    }
}

/// <summary>Lists a zip's entries; nothing is extracted to disk.</summary>
internal static class ZipItems
{
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymbolicLink = 0xA000;

    /// <summary>Every file and link in <paramref name="archive"/>, in entry order. Stops after
    /// <paramref name="max"/> + 1 entries.</summary>
    public static List<SubmissionItem> List(ZipArchive archive, int max)
    {
        var items = new List<SubmissionItem>();
        foreach (var entry in archive.Entries)
        {
            if (items.Count > max)
                break;
            var raw = entry.FullName;
            if (SubmissionLayout.IsJunk(raw.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)))
                continue; // Litter is never written, so its name does not matter.
            var shown = EntryNames.Show(raw);
            var (segments, problem) = EntryNames.CheckArchiveName(raw);
            if (raw.EndsWith('/') || raw.EndsWith('\\'))
            {
                if (problem is not null && raw.Trim('/', '\\', '.').Length > 0)
                    items.Add(new SubmissionItem(shown, null, 0, null, problem));
                continue; // A folder entry: its files come as entries of their own.
            }
            if (problem is not null)
            {
                items.Add(new SubmissionItem(shown, null, 0, null, problem));
                continue;
            }
            if (((entry.ExternalAttributes >> 16) & UnixFileTypeMask) == UnixSymbolicLink)
            {
                items.Add(new SubmissionItem(shown, null, 0, null, LinkReason(entry, segments!)));
                continue;
            }
            items.Add(new SubmissionItem(shown, segments, entry.Length, entry.Open, null));
        }
        return items;
    }

    private static string LinkReason(ZipArchiveEntry entry, string[] segments)
    {
        string target;
        try
        {
            using var reader = new StreamReader(entry.Open());
            var buffer = new char[1024];
            target = new string(buffer, 0, reader.ReadBlock(buffer));
        }
        catch (InvalidDataException)
        {
            return "a symbolic link; links are not followed";
        }

        var outside = target.StartsWith('/') || target.StartsWith('\\') || CountsOutside(target, segments.Length - 1);
        return outside
            ? $"a symbolic link to '{EntryNames.Show(target)}', outside the submission; links are not followed"
            : "a symbolic link; links are not followed";
    }

    private static bool CountsOutside(string target, int depth)
    {
        if (target.Length >= 2 && char.IsAsciiLetter(target[0]) && target[1] == ':')
            return true;
        foreach (var part in target.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            depth += part switch { ".." => -1, "." => 0, _ => 1 };
            if (depth < 0)
                return true;
        }
        return false;
    }
}
