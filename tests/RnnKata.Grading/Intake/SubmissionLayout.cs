namespace RnnKata.Grading.Intake;

/// <summary>
/// Where things are in a submission. The <c>exercises</c> folder is the shallowest folder of that name; its
/// parent is the student's copy of the kata root. With no such folder, single top folders are stepped
/// through (a zip's <c>rnnkata-main/</c>, say) until one holds more than one entry or is a lab
/// (<c>Lab…</c>) or <c>RnnKata.Given</c>; what is left is taken as a copy of the exercises folder.
/// </summary>
internal sealed class SubmissionLayout
{
    /// <summary>Folders never looked into: build outputs, test results, packages (hidden ones such as
    /// <c>.git</c>, <c>.vs</c>, <c>.idea</c> are junk by their leading dot). As <see cref="SubmissionOverlay"/> skips.</summary>
    private static readonly HashSet<string> JunkFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "TestResults", "node_modules",
    };

    private const string Exercises = "exercises";
    private const string GivenLibrary = "RnnKata.Given";
    private const string GivenFolder = "Given";

    private readonly string[]? _kataRoot;
    private readonly string[] _exercises;

    private SubmissionLayout(string[]? kataRoot, string[] exercises)
    {
        _kataRoot = kataRoot;
        _exercises = exercises;
    }

    /// <summary>Hidden files and folders, macOS and Windows litter, build outputs: never taken nor reported.</summary>
    public static bool IsJunk(IReadOnlyList<string> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (SubmissionFolder.IsJunk(segments[i]) || (i < segments.Count - 1 && JunkFolders.Contains(segments[i])))
                return true;
        }
        return false;
    }

    /// <summary>The layout of a submission whose files are at <paramref name="paths"/>.</summary>
    public static SubmissionLayout Of(IReadOnlyList<string[]> paths)
    {
        string[]? best = null;
        foreach (var path in paths)
        {
            // The first "exercises" folder on this path, if it is shallower than the best so far.
            var limit = Math.Min(path.Length - 1, best is null ? int.MaxValue : best.Length - 1);
            var at = Array.FindIndex(path, 0, Math.Max(limit, 0), part => part.Equals(Exercises, StringComparison.OrdinalIgnoreCase));
            if (at >= 0)
                best = path[..(at + 1)];
        }
        if (best is not null)
            return new SubmissionLayout(best[..^1], best);

        var prefix = Array.Empty<string>();
        while (true)
        {
            var depth = prefix.Length;
            var under = paths.Where(p => p.Length > depth + 1).ToArray();
            if (under.Length != paths.Count || under.Length == 0)
                break;
            var top = under[0][depth];
            if (under.Any(p => p[depth] != top) || top.StartsWith("Lab", StringComparison.OrdinalIgnoreCase)
                || top.Equals(GivenLibrary, StringComparison.OrdinalIgnoreCase))
                break;
            prefix = [.. prefix, top];
        }
        return new SubmissionLayout(null, prefix);
    }

    /// <summary>The path relative to the kata root ("exercises/Lab01…/X.cs", "tests/…"), or null when the file
    /// lies outside the student's copy of the kata.</summary>
    public string? KataPath(string[] path)
    {
        if (StartsWith(path, _exercises))
            return string.Join('/', [Exercises, .. path[_exercises.Length..]]);
        if (_kataRoot is not null && StartsWith(path, _kataRoot))
            return string.Join('/', path[_kataRoot.Length..]);
        return null;
    }

    /// <summary>
    /// True for the student's own sources: <c>.cs</c> files under <c>exercises/</c>, outside
    /// <c>RnnKata.Given</c> and any <c>Given/</c> folder: the rule of <see cref="SubmissionOverlay.StudentSources"/>.
    /// </summary>
    public static bool IsStudentSource(string kataPath)
    {
        var parts = kataPath.Split('/');
        return parts.Length >= 2
               && parts[0] == Exercises
               && parts[^1].EndsWith(".cs", StringComparison.OrdinalIgnoreCase)
               && !parts[1].Equals(GivenLibrary, StringComparison.OrdinalIgnoreCase)
               && !parts[1..^1].Contains(GivenFolder, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// What a file that grading takes from the kata (never from the student) is, for integrity warnings;
    /// null for files grading neither takes from the student nor guards (docs, notes, the student's sources).
    /// </summary>
    public static string? GuardedCategory(string kataPath)
    {
        var parts = kataPath.Split('/');
        var name = parts[^1];
        if (name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            return "a project file";
        if (name.StartsWith("Directory.", StringComparison.OrdinalIgnoreCase)
            && (name.EndsWith(".props", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".targets", StringComparison.OrdinalIgnoreCase)))
            return "build settings";
        if (parts.Length == 1 && (name.Equals("global.json", StringComparison.OrdinalIgnoreCase)
                                  || name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase)
                                  || name.EndsWith(".sln", StringComparison.OrdinalIgnoreCase)
                                  || name.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)))
            return "build settings";
        if (name.Equals("BannedSymbols.txt", StringComparison.OrdinalIgnoreCase))
            return "a banned-symbols list";
        if (parts[0].Equals("tests", StringComparison.OrdinalIgnoreCase) && parts.Length > 1)
            return "a test file";
        if (parts[0].Equals("analyzers", StringComparison.OrdinalIgnoreCase) && parts.Length > 1)
            return "analyzer code";
        if (parts[0] == Exercises && parts.Length > 2
            && (parts[1].Equals(GivenLibrary, StringComparison.OrdinalIgnoreCase)
                || parts[1..^1].Contains(GivenFolder, StringComparer.OrdinalIgnoreCase)))
            return "given code";
        return null;
    }

    private static bool StartsWith(string[] path, string[] prefix) =>
        path.Length > prefix.Length && prefix.SequenceEqual(path[..prefix.Length], StringComparer.Ordinal);
}
