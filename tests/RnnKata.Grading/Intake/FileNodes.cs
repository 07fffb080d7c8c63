using System.Runtime.InteropServices;

namespace RnnKata.Grading.Intake;

/// <summary>What a path names on disk, read without following a symbolic link.</summary>
public enum FileNodeKind
{
    /// <summary>Nothing is there (or it cannot be read).</summary>
    Missing,

    /// <summary>A regular file: the only kind intake ever opens.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A symbolic link (or, on Windows, a junction or other reparse point): never followed.</summary>
    SymbolicLink,

    /// <summary>A named pipe, a device or a socket: opening one can block for ever or read without end.</summary>
    Special,
}

/// <summary>
/// Tells a regular file from a named pipe (FIFO), a device or a socket before anything opens it: .NET's file
/// API cannot (a <see cref="FileInfo"/> is all of them, and opening a FIFO waits for a writer that never comes).
/// On Unix it asks <c>lstat</c> through the runtime's own native library (<c>SystemNative_LStat</c>, whose
/// result begins with two 32-bit fields, flags then the POSIX mode); on Windows a folder holds no such files.
/// </summary>
public static class FileNodes
{
    private const int TypeMask = 0xF000;
    private const int Directory = 0x4000;
    private const int Regular = 0x8000;
    private const int Link = 0xA000;

    /// <summary>What <paramref name="path"/> is, without following a link at its last step.</summary>
    public static FileNodeKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
            return OfWindows(path);

        var status = new byte[256]; // larger than any version of the runtime's FileStatus
        if (LStat(path, status) != 0)
            return FileNodeKind.Missing;
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => FileNodeKind.RegularFile,
            Directory => FileNodeKind.Folder,
            Link => FileNodeKind.SymbolicLink,
            _ => FileNodeKind.Special, // a FIFO, a character or block device, a socket
        };
    }

    /// <summary>What a special file is, in words, for a warning.</summary>
    public static string Describe(FileNodeKind kind) => kind switch
    {
        FileNodeKind.SymbolicLink => "a symbolic link",
        FileNodeKind.Special => "not a regular file (a named pipe, a device or a socket)",
        FileNodeKind.Folder => "a folder",
        FileNodeKind.Missing => "missing",
        _ => "a file",
    };

    private static FileNodeKind OfWindows(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !System.IO.Directory.Exists(path))
            return FileNodeKind.Missing;
        var attributes = info.Attributes;
        if (attributes.HasFlag(FileAttributes.ReparsePoint))
            return FileNodeKind.SymbolicLink;
        return attributes.HasFlag(FileAttributes.Directory) ? FileNodeKind.Folder : FileNodeKind.RegularFile;
    }

    // DllImport rather than LibraryImport: the generated marshalling would need AllowUnsafeBlocks.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
