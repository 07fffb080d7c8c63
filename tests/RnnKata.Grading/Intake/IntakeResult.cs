namespace RnnKata.Grading.Intake;

/// <summary>What a warning is about.</summary>
public enum IntakeWarningKind
{
    /// <summary>A file was not taken: an unsafe or odd name, a link, a size or count limit, a damaged entry.</summary>
    SkippedFile,

    /// <summary>The student changed (or added) a file that grading replaces with the kata's own copy or ignores:
    /// tests, project files, build settings, analyzers, banned-symbol lists, given code.</summary>
    Integrity,

    /// <summary>Something about the submission as a whole (for example uncommitted changes in a git repository).</summary>
    Submission,
}

/// <summary>A warning about a submission that is graded all the same.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Path">The file concerned, as named in the submission (or relative to the kata root for
/// <see cref="IntakeWarningKind.Integrity"/>); null when about the whole submission.</param>
/// <param name="Message">The sentence to show the instructor and the student.</param>
public sealed record IntakeWarning(IntakeWarningKind Kind, string? Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>The outcome of taking in one submission.</summary>
/// <param name="Entry">The submission.</param>
/// <param name="ExercisesFolder">The materialized <c>exercises</c> folder holding the student's sources only,
/// ready for <see cref="SubmissionOverlay.Prepare"/>; null when the submission cannot be graded.</param>
/// <param name="Problems">Why the submission cannot be graded (empty when it can).</param>
/// <param name="Warnings">What was skipped or ignored, in a stable order.</param>
/// <param name="SourceFiles">The source files taken, relative to <paramref name="ExercisesFolder"/>, with '/'.</param>
public sealed record IntakeResult(
    SubmissionEntry Entry,
    string? ExercisesFolder,
    IReadOnlyList<string> Problems,
    IReadOnlyList<IntakeWarning> Warnings,
    IReadOnlyList<string> SourceFiles)
{
    /// <summary>The student's id (see <see cref="SubmissionEntry.StudentId"/>).</summary>
    public string StudentId => Entry.StudentId;

    /// <summary>The student's name for reports.</summary>
    public string DisplayName => Entry.DisplayName;

    /// <summary>How the submission was read.</summary>
    public SubmissionKind Kind => Entry.Kind;

    /// <summary>True when there is something to grade.</summary>
    public bool IsGradable => ExercisesFolder is not null && Problems.Count == 0;
}
