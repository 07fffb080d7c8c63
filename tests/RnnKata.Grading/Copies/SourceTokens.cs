using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using RnnKata.Grading.Intake;

namespace RnnKata.Grading.Copies;

/// <summary>
/// One submission's C# as copy detection sees it: Roslyn's tokens with every identifier made <c>ID</c> and every
/// literal (numbers, strings, characters, <c>true</c>, <c>false</c>, <c>null</c>) <c>LIT</c>; layout, comments and
/// preprocessor lines are trivia and gone. So renaming, reformatting and re-commenting change nothing. Sources are
/// read as data only (lexed, never parsed further, built or run): a file that is not a regular file, one over
/// <see cref="MaxFileBytes"/>, or those past <see cref="MaxTotalBytes"/> are left out with a note; text that is not
/// valid UTF-8 (or UTF-16 with a byte-order mark) is read with replacement characters, never a crash.
/// </summary>
public sealed class SourceTokens
{
    /// <summary>The largest file compared (a student's source is rarely over 30 KiB).</summary>
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>The most source compared per submission.</summary>
    public const int MaxTotalBytes = 2 * 1024 * 1024;

    /// <summary>The normalised kind of an identifier.</summary>
    public const int Identifier = -1;

    /// <summary>The normalised kind of a literal.</summary>
    public const int Literal = -2;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private SourceTokens(string owner, IReadOnlyList<SourceFile> files, IReadOnlyList<string> notes)
    {
        Owner = owner;
        Files = files;
        Notes = notes;
    }

    /// <summary>Whose code this is: a student's id, or the stub or the reference solution.</summary>
    public string Owner { get; }

    /// <summary>The files compared, each with its normalised tokens.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>What was left out, and why.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>All tokens, file after file.</summary>
    public int TokenCount => Files.Sum(f => f.Kinds.Length);

    /// <summary>The tokens of sources given as text (tests, benchmarks).</summary>
    public static SourceTokens FromText(string owner, IEnumerable<(string Path, string Text)> sources) =>
        new(owner, sources.Select(s => Lex(s.Path, s.Text)).ToArray(), []);

    /// <summary>Reads <paramref name="relativeFiles"/> (paths with '/') under <paramref name="folder"/>.</summary>
    public static SourceTokens Read(string owner, string folder, IEnumerable<string> relativeFiles)
    {
        var files = new List<SourceFile>();
        var notes = new List<string>();
        long total = 0;
        foreach (var relative in relativeFiles.Order(StringComparer.Ordinal))
        {
            var path = Path.Combine([folder, .. relative.Split('/')]);
            if (FileNodes.Of(path) != FileNodeKind.RegularFile)
            {
                notes.Add($"{relative}: not a regular file, not compared.");
                continue;
            }
            byte[] bytes;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > MaxFileBytes)
                {
                    notes.Add($"{relative}: over {MaxFileBytes / 1024} KiB, not compared.");
                    continue;
                }
                if (total + length > MaxTotalBytes)
                {
                    notes.Add($"{relative} and later files: past {MaxTotalBytes / 1024 / 1024} MiB of source, not compared.");
                    break;
                }
                bytes = File.ReadAllBytes(path);
                total += bytes.Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add($"{relative}: unreadable ({e.Message}), not compared.");
                continue;
            }
            var text = Decode(bytes, out var valid);
            if (!valid)
                notes.Add($"{relative}: not valid UTF-8; compared with replacement characters.");
            files.Add(Lex(relative, text));
        }
        return new SourceTokens(owner, files, notes);
    }

    /// <summary>UTF-8 (or the encoding a byte-order mark names), invalid bytes replaced; <paramref name="valid"/> false
    /// when some were.</summary>
    private static string Decode(byte[] bytes, out bool valid)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: false),
                                            detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        valid = !text.Contains('\uFFFD', StringComparison.Ordinal);
        return text;
    }

    private static SourceFile Lex(string path, string text)
    {
        var kinds = new List<int>();
        var lines = new List<int>();
        var source = SourceText.From(text);
        foreach (var token in SyntaxFactory.ParseTokens(text, options: ParseOptions))
        {
            if (token.IsKind(SyntaxKind.EndOfFileToken))
                continue;
            kinds.Add(Normalise(token));
            lines.Add(source.Lines.GetLineFromPosition(token.SpanStart).LineNumber + 1);
        }
        return new SourceFile(path, text.ReplaceLineEndings("\n").Split('\n'), kinds.ToArray(), lines.ToArray());
    }

    private static int Normalise(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.IdentifierToken => Identifier,
        SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken
            or SyntaxKind.InterpolatedStringToken or SyntaxKind.InterpolatedStringTextToken
            or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword => Literal,
        var kind => (int)kind,
    };
}

/// <summary>One compared file: its lines (to show passages) and its normalised tokens with the line each starts on.</summary>
public sealed record SourceFile(string Path, string[] Lines, int[] Kinds, int[] TokenLines);
