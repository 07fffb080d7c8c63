using System.Runtime.InteropServices;

namespace RnnKata.Grading.FastPath;

/// <summary>Mirrors a folder of build outputs with hard links (a copy where links are impossible), so that a
/// submission's test folder costs milliseconds and no disk, whatever the size of the native libraries in it.</summary>
internal static class FolderLinks
{
    /// <summary>Mirrors every file under <paramref name="from"/> into <paramref name="to"/>: hard links, or copies when
    /// <paramref name="link"/> is false (a process that may write in <paramref name="to"/> must never reach the originals).
    /// Copies leave out the native libraries of other platforms (<c>runtimes/&lt;rid&gt;/</c>, half a gigabyte in a lab's
    /// test output), which this machine never loads.</summary>
    public static void Mirror(string from, string to, bool link = true)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (!link && IsForeignRuntime(relative))
                continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (link)
                LinkOrCopy(file, target);
            else
                File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Whether a path in a build output lies in the native folder of another platform than this one's.</summary>
    private static bool IsForeignRuntime(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Length > 2 && parts[0] == "runtimes" && parts[1] != "unix" &&
               !RuntimeInformation.RuntimeIdentifier.StartsWith(parts[1], StringComparison.Ordinal);
    }

    /// <summary>Hard-links <paramref name="source"/> at <paramref name="target"/>, or copies it when the file
    /// system (or the platform) refuses.</summary>
    public static void LinkOrCopy(string source, string target)
    {
        if (!OperatingSystem.IsWindows() && Link(source, target) == 0)
            return;
        File.Copy(source, target, overwrite: true);
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> as a new file: a hard link there is
    /// removed first, so the file it shares (the prepared, pristine one) is never written through.</summary>
    public static void Replace(string path, ReadOnlySpan<byte> content)
    {
        File.Delete(path);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.Write(content);
    }

    // DllImport rather than LibraryImport: the generated marshalling would need AllowUnsafeBlocks.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
