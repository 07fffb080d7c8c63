using System.IO.Compression;
using System.Text;
using RnnKata.Grading.Intake;

namespace RnnKata.Grading.Tests.Intake;

/// <summary>Zips, repositories and snapshots to plant submissions with.</summary>
public static class IntakeKit
{
    /// <summary>A zip's bytes with the given entries (name, text content), in order.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries) =>
        Zip(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content))).ToArray());

    /// <summary>A zip's bytes with the given entries (name, bytes), in order.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return memory.ToArray();
    }

    /// <summary>A zip with one symbolic-link entry (Unix mode 0120777) pointing at <paramref name="target"/>,
    /// beside the given files.</summary>
    public static byte[] ZipWithLink(string linkName, string target, params (string Name, string Content)[] files)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content);
            }
            var link = archive.CreateEntry(linkName);
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
            using (var writer = new StreamWriter(link.Open()))
                writer.Write(target);
        }
        return memory.ToArray();
    }

    /// <summary>Replaces every occurrence of <paramref name="from"/> with <paramref name="to"/> (same length):
    /// an entry name patched in both the local header and the central directory.</summary>
    public static byte[] Patch(byte[] bytes, byte[] from, byte[] to)
    {
        var patched = (byte[])bytes.Clone();
        for (var i = 0; i + from.Length <= patched.Length; i++)
        {
            if (patched.AsSpan(i, from.Length).SequenceEqual(from))
                to.CopyTo(patched, i);
        }
        return patched;
    }

    /// <summary>Every file and folder under <paramref name="folder"/> with its last write time (and, for a
    /// file, its bytes): what must not change when a submission is read.</summary>
    public static IReadOnlyDictionary<string, string> Snapshot(string folder) => new DirectoryInfo(folder)
        .EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        .ToDictionary(
            info => Path.GetRelativePath(folder, info.FullName),
            info => info is FileInfo { LinkTarget: null } file
                ? $"{file.LastWriteTimeUtc:O} {Convert.ToHexString(File.ReadAllBytes(file.FullName))}"
                : $"{info.LastWriteTimeUtc:O} {info.LinkTarget}");

    /// <summary>Makes a named pipe (FIFO) at <paramref name="path"/> with <c>mkfifo</c>; fails the test when it cannot.</summary>
    public static void Fifo(string path) => Tool("mkfifo", path);

    /// <summary>Makes <paramref name="link"/> a second name (a hard link) of the file <paramref name="target"/> with <c>ln</c>.</summary>
    public static void HardLink(string target, string link) => Tool("ln", target, link);

    /// <summary>Ignores the test on Windows, where a folder holds no named pipe and hard links need rights.</summary>
    public static void NeedsUnix()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("named pipes and hard links in a folder are a Unix matter");
    }

    private static void Tool(string tool, params string[] arguments)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(arguments[^1])!);
        var result = ProcessRunner.Run(tool, arguments, Path.GetTempPath(), TimeSpan.FromSeconds(30));
        result.ExitCode.Should().Be(0, string.Join('\n', result.Output));
    }

    /// <summary>True once git runs here.</summary>
    public static bool HasGit => GitCli.Default.IsAvailable;

    /// <summary>Runs git in <paramref name="folder"/>; fails the test when git fails.</summary>
    public static void Git(string folder, params string[] arguments)
    {
        var result = ProcessRunner.Run("git",
            ["-c", "user.name=Kata Test", "-c", "user.email=kata@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", .. arguments],
            folder, TimeSpan.FromSeconds(30));
        result.ExitCode.Should().Be(0, string.Join('\n', result.Output));
    }
}
