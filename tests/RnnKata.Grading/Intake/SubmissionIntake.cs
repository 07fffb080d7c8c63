using System.ComponentModel;
using System.IO.Compression;

namespace RnnKata.Grading.Intake;

/// <summary>
/// Turns one submission into a folder the grader can use: <c>WORK/STUDENT_ID/exercises</c>, holding the
/// student's own sources and nothing else (the rule of <see cref="SubmissionOverlay.StudentSources"/>:
/// <c>.cs</c> files under <c>exercises/</c>, never <c>Given/</c> nor <c>RnnKata.Given</c>), each written as a new file (a copy of
/// its bytes, never a link, so nothing a test process writes can reach the submission). Folders are read file by file,
/// zips are read entry by entry (never extracted as a whole), git repositories are read at <c>HEAD</c> with
/// <c>git archive</c>. The submission itself is only read.
/// </summary>
/// <remarks>
/// Whatever is wrong is reported in the result and grading goes on: an unsafe entry (a path leaving the
/// submission, an absolute path, a control character or a character Windows refuses in a name, a name that
/// is not valid text), a symbolic link (never followed: not a link inside the submission, nor a submission that is one,
/// nor a repository whose <c>.git</c> is a link or a <c>gitdir:</c> file, see <see cref="RepositoryBounds"/>), a named pipe,
/// device or socket (never opened: <see cref="FileNodes"/>), a file over a limit of <see cref="IntakeLimits"/>,
/// and, given a <see cref="PristineKata"/>, every file grading takes from the kata that the student changed
/// or added (tests, project files, build settings, analyzers, banned-symbol lists, given code).
/// </remarks>
public static class SubmissionIntake
{
    /// <summary>Materializes <paramref name="entry"/> under <paramref name="workFolder"/> (a folder of that
    /// student's id there is replaced).</summary>
    /// <param name="entry">The submission, from <see cref="SubmissionFolder.Discover"/>.</param>
    /// <param name="workFolder">Where to write; must not lie inside the submission.</param>
    /// <param name="limits">The limits; <see cref="IntakeLimits.Default"/> when null.</param>
    /// <param name="pristine">The instructor's kata, for integrity warnings; none are given when null.</param>
    /// <param name="git">The git to read repositories with; <see cref="GitCli.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The student id is not a safe name, or the work folder lies inside the submission.</exception>
    public static IntakeResult Materialize(
        SubmissionEntry entry, string workFolder, IntakeLimits? limits = null, PristineKata? pristine = null, GitCli? git = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(workFolder);
        if (entry.StudentId.Length == 0 || StudentNames.Safe(entry.StudentId) != entry.StudentId)
            throw new ArgumentException($"The student id '{entry.StudentId}' is not a safe folder name.", nameof(entry));

        var work = Path.GetFullPath(workFolder);
        var submission = Path.TrimEndingDirectorySeparator(Path.GetFullPath(entry.Path));
        if (work.Equals(submission, StringComparison.Ordinal)
            || work.StartsWith(submission + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"The work folder '{work}' lies inside the submission '{submission}'.", nameof(workFolder));

        var run = new Run(entry, Path.Combine(work, entry.StudentId), limits ?? IntakeLimits.Default, pristine);
        if (Directory.Exists(run.Output))
            Directory.Delete(run.Output, recursive: true);
        Directory.CreateDirectory(work);

        var scratch = new List<IDisposable>();
        var headZip = Path.Combine(work, $"{entry.StudentId}.head.zip");
        try
        {
            var items = entry.Kind switch
            {
                _ when FileNodes.Of(submission) is FileNodeKind.SymbolicLink || entry.Kind == SubmissionKind.Link =>
                    run.Fail($"'{EntryNames.Show(entry.OriginalName)}' is a symbolic link{LinkTarget(submission)}: links are never followed, " +
                             "since what they point at is not this student's submission (another student's, say); it was not graded."),
                _ when FileNodes.Of(submission) is FileNodeKind.Special =>
                    run.Fail($"'{EntryNames.Show(entry.OriginalName)}' is not a regular file (a named pipe, a device or a socket); it was not opened."),
                SubmissionKind.Folder when FileNodes.Of(submission) == FileNodeKind.Folder => run.ListFolder(submission),
                SubmissionKind.Zip when FileNodes.Of(submission) == FileNodeKind.RegularFile =>
                    run.ListZip(new FileStream(submission, FileMode.Open, FileAccess.Read, FileShare.Read), Path.GetFileName(submission), 0, scratch),
                SubmissionKind.Git when FileNodes.Of(submission) == FileNodeKind.Folder => run.ListRepository(submission, headZip, git ?? GitCli.Default, scratch),
                _ => run.Fail($"'{EntryNames.Show(entry.OriginalName)}' is not a folder, a .zip file or a git repository; it cannot be graded."),
            };
            if (items is not null)
                run.Take(items);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            run.Fail($"The submission cannot be read: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // One student's odd submission must not stop a class run: report it as that student's problem.
            run.Fail($"The submission cannot be read ({e.GetType().Name}): {e.Message}");
        }
        finally
        {
            foreach (var disposable in scratch)
                disposable.Dispose();
            File.Delete(headZip);
        }
        return run.Result();
    }

    private static string LinkTarget(string path)
    {
        var target = new FileInfo(path).LinkTarget;
        return target is null ? "" : $" (to '{EntryNames.Show(target)}')";
    }

    /// <summary>The size as a person reads it: "1 MiB", "4 KiB", "100 bytes".</summary>
    internal static string Size(long bytes) =>
        bytes % IntakeLimits.MiB == 0 && bytes > 0 ? $"{bytes / IntakeLimits.MiB} MiB"
        : bytes % 1024 == 0 && bytes > 0 ? $"{bytes / 1024} KiB"
        : $"{bytes} bytes";

    /// <summary>One materialization: what was found, taken, skipped.</summary>
    private sealed class Run(SubmissionEntry entry, string output, IntakeLimits limits, PristineKata? pristine)
    {
        private readonly List<string> _problems = [];
        private readonly List<IntakeWarning> _warnings = [];
        private readonly List<string> _taken = [];

        public string Output { get; } = output;

        public List<SubmissionItem>? Fail(string problem)
        {
            _problems.Add(problem);
            return null;
        }

        public IntakeResult Result()
        {
            var gradable = _problems.Count == 0 && _taken.Count > 0;
            if (!gradable && Directory.Exists(Output))
                Directory.Delete(Output, recursive: true);
            return new IntakeResult(entry, gradable ? Path.Combine(Output, "exercises") : null, _problems, _warnings, _taken);
        }

        public List<SubmissionItem> ListFolder(string folder) => FolderItems.List(folder, limits.MaxEntries);

        /// <summary>The zip's entries; when all it holds is one other zip, that zip's entries instead.</summary>
        public List<SubmissionItem>? ListZip(Stream stream, string shown, int depth, List<IDisposable> scratch)
        {
            scratch.Add(stream);
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(stream, ZipArchiveMode.Read);
            }
            catch (InvalidDataException)
            {
                return Fail($"The zip file '{shown}' is damaged or not a zip file; ask the student to submit it again.");
            }
            scratch.Add(archive);

            var items = ZipItems.List(archive, limits.MaxEntries);
            if (items.Where(item => item.Segments is not null).ToArray() is not [var only]
                || !only.Segments![^1].EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                || depth >= limits.MaxZipNesting)
                return items;

            var inner = $"{shown}/{only.RelativePath}";
            if (only.Length > limits.MaxSubmissionBytes)
                return Fail($"The zip file '{inner}' is larger than {Size(limits.MaxSubmissionBytes)}, the limit for one submission; it was not opened.");
            byte[]? bytes;
            try
            {
                bytes = ReadBounded(only.Open!, limits.MaxSubmissionBytes);
            }
            catch (InvalidDataException)
            {
                return Fail($"The zip file '{shown}' is damaged or not a zip file; ask the student to submit it again.");
            }
            if (bytes is null)
                return Fail($"The zip file '{inner}' is larger than {Size(limits.MaxSubmissionBytes)}, the limit for one submission; it was not opened.");

            var innerItems = ListZip(new MemoryStream(bytes, writable: false), inner, depth + 1, scratch);
            return innerItems is null ? null : [.. items.Where(item => item.Segments is null), .. innerItems];
        }

        /// <summary>
        /// The repository's files at HEAD: cloned bare into a scratch folder first (see <see cref="GitCli"/>: the student's
        /// own configuration never reaches git), then <c>git archive</c> of that clone into <paramref name="headZip"/>.
        /// </summary>
        public List<SubmissionItem>? ListRepository(string repository, string headZip, GitCli git, List<IDisposable> scratch)
        {
            if (RepositoryBounds.Problem(repository, limits.MaxRepositoryEntries) is { } outside)
                return Fail(outside);
            if (!git.IsAvailable)
                return Fail($"The submission is a git repository, but git ('{git.Executable}') is not installed on the grading machine; install git, or ask the student for a zip.");

            var working = FileNodes.Of(Path.Combine(repository, ".git")) == FileNodeKind.Folder;
            var clone = Path.Combine(Path.GetDirectoryName(headZip)!, Path.GetFileNameWithoutExtension(headZip) + ".clone.git");
            scratch.Add(new FolderDeleter(clone));
            try
            {
                var copy = git.CloneBare(repository, clone, limits.GitTimeout);
                if (copy.TimedOut)
                    return Fail($"git took longer than {limits.GitTimeout.TotalSeconds:0} s to read the repository; it was not graded.");
                if (copy.ExitCode != 0)
                    return Fail($"git could not read the repository: {copy.Output.LastOrDefault() ?? $"exit code {copy.ExitCode}"}");

                var head = git.Run(clone, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], limits.GitTimeout);
                if (head.TimedOut)
                    return Fail($"git took longer than {limits.GitTimeout.TotalSeconds:0} s to read the repository; it was not graded.");
                if (head.ExitCode != 0)
                    return Fail("The git repository has no commits: the student's work was never committed.");

                var archive = git.Run(clone, ["archive", "--format=zip", "-o", headZip, "HEAD"], limits.GitTimeout);
                if (archive.TimedOut)
                    return Fail($"git took longer than {limits.GitTimeout.TotalSeconds:0} s to read the repository; it was not graded.");
                if (archive.ExitCode != 0)
                    return Fail($"git could not read the repository at HEAD: {archive.Output.LastOrDefault() ?? $"exit code {archive.ExitCode}"}");

                if (working)
                    WarnUncommitted(headZip, repository);
            }
            catch (Win32Exception)
            {
                return Fail($"The submission is a git repository, but git ('{git.Executable}') is not installed on the grading machine; install git, or ask the student for a zip.");
            }
            return ListZip(new FileStream(headZip, FileMode.Open, FileAccess.Read, FileShare.Read), "HEAD", 0, scratch);
        }

        /// <summary>
        /// Warns when the working copy's .cs files differ from HEAD (changed, new or deleted), comparing the files on
        /// disk with the archive byte for byte (line endings aside): no git command runs on the student's working copy.
        /// </summary>
        private void WarnUncommitted(string headZip, string workTree)
        {
            using var zip = ZipFile.OpenRead(headZip);
            var committed = zip.Entries
                .Where(e => e.FullName.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(e => e.FullName, StringComparer.Ordinal);
            var onDisk = FolderItems.List(workTree, limits.MaxEntries)
                .Where(item => item.Segments is not null && item.Open is not null && item.RelativePath.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(item => item.RelativePath, StringComparer.Ordinal);
            var changed = onDisk.Count(file => !committed.TryGetValue(file.Key, out var entry) || !SameText(entry, file.Value))
                          + committed.Keys.Count(name => !onDisk.ContainsKey(name));
            if (changed > 0)
                _warnings.Add(new IntakeWarning(IntakeWarningKind.Submission, null,
                    $"The repository has {changed} uncommitted .cs file{(changed == 1 ? "" : "s")}; grading uses the last commit (HEAD)."));
        }

        private bool SameText(ZipArchiveEntry entry, SubmissionItem file)
        {
            if (entry.Length > limits.MaxSourceFileBytes || file.Length > limits.MaxSourceFileBytes)
                return entry.Length == file.Length;
            return Text(entry.Open).AsSpan().SequenceEqual(Text(file.Open!));

            static byte[] Text(Func<Stream> open)
            {
                using var stream = open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return buffer.ToArray().Where(b => b != (byte)'\r').ToArray();
            }
        }

        /// <summary>Takes the student's sources, skipping what is unsafe or over a limit, and checks the guarded files.</summary>
        public void Take(List<SubmissionItem> items)
        {
            if (items.Count > limits.MaxEntries)
            {
                Fail($"The submission has more than {limits.MaxEntries} files; it was not graded.");
                return;
            }
            if (items.Count == 0)
            {
                Fail("The submission is empty.");
                return;
            }
            foreach (var item in items.Where(item => item.Skip is not null))
                Warn(item, item.Skip!);

            var files = items.Where(item => item.Segments is not null).ToArray();
            var layout = SubmissionLayout.Of(files.Select(item => item.Segments!).ToArray());
            var located = files
                .Select(item => (Item: item, KataPath: layout.KataPath(item.Segments!)))
                .Where(found => found.KataPath is not null)
                .OrderBy(found => found.KataPath, StringComparer.Ordinal)
                .ToArray();

            TakeSources(located.Where(found => SubmissionLayout.IsStudentSource(found.KataPath!)).ToArray());
            if (_taken.Count == 0 && _problems.Count == 0)
                Fail("No exercise sources: the submission has no .cs files under exercises/ (code in Given/ and RnnKata.Given does not count).");
            if (pristine is not null)
                CheckIntegrity(located.Where(found => !SubmissionLayout.IsStudentSource(found.KataPath!)).ToArray());
        }

        private void TakeSources((SubmissionItem Item, string? KataPath)[] sources)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var total = 0L;
            var overCount = 0;
            string? firstOverCount = null;
            var exercises = Path.Combine(Output, "exercises");
            foreach (var (item, kataPath) in sources)
            {
                var relative = kataPath!["exercises/".Length..];
                if (!names.Add(relative))
                {
                    Warn(item, "another file in the submission has the same name (ignoring case)");
                    continue;
                }
                if (_taken.Count >= limits.MaxSourceFiles)
                {
                    overCount++;
                    firstOverCount ??= item.Shown;
                    continue;
                }
                if (item.Length > limits.MaxSourceFileBytes)
                {
                    Warn(item, $"larger than {Size(limits.MaxSourceFileBytes)}, the limit for one source file");
                    continue;
                }

                if (total + item.Length > limits.MaxSubmissionBytes)
                {
                    Warn(item, $"the sources taken passed {Size(limits.MaxSubmissionBytes)}, the limit for one submission");
                    continue;
                }

                byte[]? content;
                try
                {
                    content = ReadBounded(item.Open!, limits.MaxSourceFileBytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    Warn(item, "the file cannot be read (a damaged zip entry, or no permission)");
                    continue;
                }
                if (content is null)
                {
                    Warn(item, $"larger than {Size(limits.MaxSourceFileBytes)}, the limit for one source file");
                    continue;
                }
                if (total + content.Length > limits.MaxSubmissionBytes)
                {
                    Warn(item, $"the sources taken passed {Size(limits.MaxSubmissionBytes)}, the limit for one submission");
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine([exercises, .. relative.Split('/')]));
                if (!target.StartsWith(exercises + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    Warn(item, "the path leads outside the submission");
                    continue;
                }
                try
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllBytes(target, content);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Warn(item, $"the file cannot be written to the grading folder ({e.Message})");
                    continue;
                }
                total += content.Length;
                _taken.Add(relative);
            }
            if (overCount > 0)
                _warnings.Add(new IntakeWarning(IntakeWarningKind.SkippedFile, firstOverCount,
                    $"Skipped {overCount} source file{(overCount == 1 ? "" : "s")} past the limit of {limits.MaxSourceFiles} per submission, from '{firstOverCount}' on."));
        }

        private void CheckIntegrity((SubmissionItem Item, string? KataPath)[] others)
        {
            // Guarded files are read to be hashed, never kept: at most MaxSubmissionBytes in all, so that a
            // zip of huge "test data" costs no more than a large submission.
            var budget = limits.MaxSubmissionBytes;
            foreach (var (item, kataPath) in others)
            {
                if (SubmissionLayout.GuardedCategory(kataPath!) is not { } category)
                    continue;
                if (!pristine!.Has(kataPath!))
                {
                    _warnings.Add(new IntakeWarning(IntakeWarningKind.Integrity, kataPath,
                        $"'{kataPath}' ({category}) is not part of the kata; grading ignores it."));
                    continue;
                }

                byte[]? content;
                try
                {
                    content = item.Length > budget ? null : ReadBounded(item.Open!, budget);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    content = null;
                }
                if (content is null)
                {
                    _warnings.Add(new IntakeWarning(IntakeWarningKind.Integrity, kataPath,
                        $"'{kataPath}' ({category}) was not compared with the kata's copy (the submission passed {Size(limits.MaxSubmissionBytes)}, or the file cannot be read); grading uses the kata's."));
                    continue;
                }
                budget -= content.Length;
                if (!pristine.SameAs(kataPath!, content))
                    _warnings.Add(new IntakeWarning(IntakeWarningKind.Integrity, kataPath,
                        $"'{kataPath}' ({category}) differs from the kata's copy; grading uses the kata's."));
            }
        }

        private void Warn(SubmissionItem item, string reason) =>
            _warnings.Add(new IntakeWarning(IntakeWarningKind.SkippedFile, item.Shown, $"Skipped '{item.Shown}': {reason}."));

        /// <summary>The stream's bytes, or null when there are more than <paramref name="max"/>.</summary>
        private static byte[]? ReadBounded(Func<Stream> open, long max)
        {
            using var stream = open();
            using var memory = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (memory.Length + read > max)
                    return null;
                memory.Write(buffer, 0, read);
            }
            return memory.ToArray();
        }
    }
}

/// <summary>Deletes a scratch folder when disposed (a bare clone made while reading a repository).</summary>
internal sealed class FolderDeleter(string folder) : IDisposable
{
    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the work folder's own clean-up.
        }
    }
}
