namespace RnnKata.Grading.Intake;

/// <summary>What a student handed in, as found in the submissions folder.</summary>
public enum SubmissionKind
{
    /// <summary>A plain folder (a copy of the kata, or of its <c>exercises/</c> folder).</summary>
    Folder,

    /// <summary>A <c>.zip</c> file (it may hold a single top folder or another zip).</summary>
    Zip,

    /// <summary>A git repository (a folder with <c>.git</c>, or a bare <c>*.git</c> folder), read at <c>HEAD</c>.</summary>
    Git,

    /// <summary>A symbolic link (to a folder, a zip or anything else): never followed, since what it points at is
    /// not the student's submission (another student's folder, say); reported, never graded.</summary>
    Link,

    /// <summary>A file of another kind (<c>.rar</c>, <c>.7z</c>, a text file…): listed so that the instructor
    /// sees it, but it cannot be graded.</summary>
    Unsupported,
}

/// <summary>One student's submission in the submissions folder.</summary>
/// <param name="StudentId">A name unique within the folder (ignoring case) and safe as a file or folder
/// name on every file system: letters, digits, <c>.</c>, <c>_</c> and <c>-</c>. See <see cref="StudentNames"/>.</param>
/// <param name="DisplayName">The student's name for reports (the LMS name, or the entry's name without its extension).</param>
/// <param name="OriginalName">The entry's name in the submissions folder, unchanged, for reports.</param>
/// <param name="Path">The full path of what is read: the entry itself, or the zip or repository it holds
/// (an LMS folder with a single zip inside points at that zip).</param>
/// <param name="Kind">How <see cref="Path"/> is read.</param>
/// <param name="LmsNumber">The LMS's participant number when the name follows the Moodle pattern; else null.</param>
public sealed record SubmissionEntry(
    string StudentId, string DisplayName, string OriginalName, string Path, SubmissionKind Kind, string? LmsNumber = null);
