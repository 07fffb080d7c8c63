using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace RnnKata.Grading.Intake;

/// <summary>
/// The kata as the instructor has it, for integrity checks: a student's copy of a file that grading takes
/// from the kata (tests, project files, build settings, analyzers, banned-symbol lists, given code) is
/// compared with this one by content hash, so an unchanged copy is not reported. Line endings (CRLF or LF)
/// and a UTF-8 byte order mark do not count as changes. Files are hashed once, when first asked for, so
/// one instance serves a whole class (and several threads).
/// </summary>
public sealed class PristineKata
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "TestResults", "node_modules",
    };

    private readonly Dictionary<string, string> _files;
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.OrdinalIgnoreCase);

    private PristineKata(string root, Dictionary<string, string> files)
    {
        Root = root;
        _files = files;
    }

    /// <summary>The kata's root folder.</summary>
    public string Root { get; }

    /// <summary>Lists the guarded files of the kata at <paramref name="kataRoot"/> (nothing is hashed yet).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static PristineKata Load(string kataRoot)
    {
        var root = Path.GetFullPath(kataRoot);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"The kata folder '{root}' does not exist.");

        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<(DirectoryInfo Folder, string Prefix)>([(new DirectoryInfo(root), "")]);
        while (pending.TryPop(out var next))
        {
            foreach (var child in next.Folder.EnumerateFileSystemInfos())
            {
                if (child.Name.StartsWith('.') || child.LinkTarget is not null)
                    continue;
                var path = next.Prefix + child.Name;
                if (child is DirectoryInfo folder)
                {
                    if (!SkippedFolders.Contains(folder.Name))
                        pending.Push((folder, path + "/"));
                }
                else if (SubmissionLayout.GuardedCategory(path) is not null)
                {
                    files[path] = child.FullName;
                }
            }
        }
        return new PristineKata(root, files);
    }

    /// <summary>True when the kata has a guarded file at <paramref name="kataPath"/> ('/' separators).</summary>
    public bool Has(string kataPath) => _files.ContainsKey(kataPath);

    /// <summary>True when <paramref name="content"/> is the kata's file at <paramref name="kataPath"/>
    /// (line endings and a byte order mark aside).</summary>
    public bool SameAs(string kataPath, byte[] content)
    {
        if (!_files.TryGetValue(kataPath, out var file))
            return false;
        var pristine = _hashes.GetOrAdd(kataPath, _ => Hash(File.ReadAllBytes(file)));
        return pristine == Hash(content);
    }

    /// <summary>SHA-256 of the content with a UTF-8 byte order mark dropped and CRLF read as LF.</summary>
    internal static string Hash(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            span = span[3..];
        var normalized = new byte[span.Length];
        var length = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\r' && i + 1 < span.Length && span[i + 1] == (byte)'\n')
                continue;
            normalized[length++] = span[i];
        }
        return Convert.ToHexString(SHA256.HashData(normalized.AsSpan(0, length)));
    }
}
