namespace RnnKata.Grading;

/// <summary>
/// Builds the folder in which a student's submission is graded: a copy of the kata's own source files
/// (everything but build outputs and version control) with the student's exercise sources laid over it.
/// Only <c>exercises/**/*.cs</c> comes from the student, so project files, analyzer settings and tests
/// stay the kata's; so does the code students are given (<c>Given/</c> folders and <c>RnnKata.Given</c>),
/// which the tests rely on. The submission folder is only read.
/// </summary>
public static class SubmissionOverlay
{
    /// <summary>Folders never copied: build outputs, test results, IDE state and version control.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", ".vs", ".idea", "TestResults", ".artifacts", "node_modules",
    };

    /// <summary>The folder of the shared given-code library under <c>exercises/</c>.</summary>
    private const string GivenLibrary = "RnnKata.Given";

    /// <summary>The folder name, inside a lab, of the code students are given.</summary>
    private const string GivenFolder = "Given";

    /// <summary>
    /// The submission's exercises folder: <c>DIR/exercises</c> when DIR is a copy of the kata, else DIR
    /// itself (a copy of the exercises folder).
    /// </summary>
    /// <exception cref="SubmissionException">DIR does not exist, cannot be read, or holds no C# source.</exception>
    public static string FindExercises(string submission)
    {
        var full = Path.GetFullPath(submission);
        if (!Directory.Exists(full))
            throw new SubmissionException($"The submission folder '{full}' does not exist.");

        try
        {
            var exercises = Path.Combine(full, "exercises");
            var folder = Directory.Exists(exercises) ? exercises : full;
            if (!StudentSources(folder).Any())
                throw new SubmissionException(
                    $"No exercise sources (*.cs) in '{folder}'. Point --submission at a student's copy of the kata or of its exercises/ folder.");
            return folder;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new SubmissionException($"The submission folder '{full}' cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// Copies the kata at <paramref name="kataRoot"/> to <paramref name="destination"/> and lays the
    /// student's sources from <paramref name="exercisesFolder"/> over its <c>exercises/</c> folder.
    /// </summary>
    /// <returns>The student's files that were copied, relative to the exercises folder.</returns>
    /// <exception cref="SubmissionException">A submission file cannot be read.</exception>
    public static IReadOnlyList<string> Prepare(string kataRoot, string exercisesFolder, string destination)
    {
        CopyTree(kataRoot, destination);

        var copied = new List<string>();
        foreach (var source in StudentSources(exercisesFolder))
        {
            var relative = Path.GetRelativePath(exercisesFolder, source);
            var target = Path.Combine(destination, "exercises", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Copy(source, target, overwrite: true);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                throw new SubmissionException($"Cannot read the submission file '{source}': {e.Message}");
            }
            copied.Add(relative.Replace('\\', '/'));
        }
        return copied;
    }

    /// <summary>The student's own C# files under an exercises folder: no build outputs, no given code.</summary>
    public static IEnumerable<string> StudentSources(string exercisesFolder) =>
        Files(exercisesFolder).Where(file =>
        {
            if (!file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                return false;
            var parts = Path.GetRelativePath(exercisesFolder, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            return !string.Equals(parts[0], GivenLibrary, StringComparison.OrdinalIgnoreCase)
                   && !parts[..^1].Contains(GivenFolder, StringComparer.OrdinalIgnoreCase);
        });

    /// <summary>Copies a tree, leaving out <see cref="SkippedFolders"/>.</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (var file in Files(from))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Every regular file under <paramref name="folder"/>, not descending into <see cref="SkippedFolders"/>
    /// or symbolic links, in a stable order. A link to a file, a named pipe, a device or a socket is left out: it is
    /// never followed, opened or copied (<see cref="Intake.FileNodes"/>).</summary>
    private static IEnumerable<string> Files(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (Intake.FileNodes.Of(file) == Intake.FileNodeKind.RegularFile)
                yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var info = new DirectoryInfo(sub);
            if (SkippedFolders.Contains(info.Name) || info.LinkTarget is not null)
                continue;
            foreach (var file in Files(sub))
                yield return file;
        }
    }
}

/// <summary>The submission cannot be graded (missing, unreadable, empty); the message says why.</summary>
public sealed class SubmissionException(string message) : Exception(message);
