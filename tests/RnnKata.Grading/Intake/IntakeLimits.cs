namespace RnnKata.Grading.Intake;

/// <summary>How much of a submission the intake reads. What passes a limit is skipped with a warning
/// (or, for <see cref="MaxEntries"/> and a too-large nested zip, makes the submission ungradable).</summary>
public sealed record IntakeLimits
{
    /// <summary>One mebibyte.</summary>
    public const long MiB = 1024 * 1024;

    /// <summary>The limits used when none are given.</summary>
    public static IntakeLimits Default { get; } = new();

    /// <summary>The largest exercise source file taken (default 1 MiB); larger ones are skipped.</summary>
    public long MaxSourceFileBytes { get; init; } = MiB;

    /// <summary>The most bytes taken from one submission in all (default 50 MiB): sources past it are
    /// skipped; a nested zip larger than it is not opened.</summary>
    public long MaxSubmissionBytes { get; init; } = 50 * MiB;

    /// <summary>The most exercise source files taken (default 1,000), in path order.</summary>
    public int MaxSourceFiles { get; init; } = 1_000;

    /// <summary>The most entries (files, links) a submission may hold (default 20,000); more makes it ungradable.</summary>
    public int MaxEntries { get; init; } = 20_000;

    /// <summary>The most files and folders a git repository's own folder (<c>.git</c>) may hold (default 100,000):
    /// each is checked before git reads it (see <see cref="RepositoryBounds"/>).</summary>
    public int MaxRepositoryEntries { get; init; } = 100_000;

    /// <summary>How many zips deep a zip is opened when it holds nothing but another zip (default 3).</summary>
    public int MaxZipNesting { get; init; } = 3;

    /// <summary>How long git may take to read one repository (default 60 s).</summary>
    public TimeSpan GitTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
