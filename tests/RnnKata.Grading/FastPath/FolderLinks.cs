using System.Runtime.InteropServices;

namespace RnnKata.Grading.FastPath;

/// <summary>Mirrors a folder of build outputs with hard links (a copy where links are impossible), so that a
/// submission's test folder costs milliseconds and no disk, whatever the size of the native libraries in it.</summary>
internal static class FolderLinks
{
    /// <summary>Mirrors every file under <paramref name="from"/> into <paramref name="to"/>.</summary>
    public static void Mirror(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            LinkOrCopy(file, target);
        }
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
