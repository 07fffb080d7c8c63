namespace RnnKata.Grading.Copies;

/// <summary>A passage two submissions share: where it is in each, and its lines (capped).</summary>
/// <param name="FileA">The file in the first submission.</param>
/// <param name="FromA">Its first line (1-based).</param>
/// <param name="ToA">Its last line.</param>
/// <param name="FileB">The file in the second submission (or the reference solution).</param>
/// <param name="FromB">Its first line there.</param>
/// <param name="ToB">Its last line there.</param>
/// <param name="Tokens">How many normalised tokens the passage spans in the first submission.</param>
/// <param name="LinesA">The passage's lines in the first submission (at most <see cref="CopyDetector.MaxPassageLines"/>).</param>
/// <param name="LinesB">The passage's lines in the second.</param>
public sealed record CopyPassage(
    string FileA, int FromA, int ToA, string FileB, int FromB, int ToB, int Tokens, IReadOnlyList<string> LinesA, IReadOnlyList<string> LinesB);

/// <summary>Two submissions too alike (or a submission and the reference solution).</summary>
/// <param name="A">The first student's id.</param>
/// <param name="B">The second student's id, or <see cref="CopyDetector.Reference"/>.</param>
/// <param name="Similarity">The share of the smaller submission's fingerprints found in the other (0 to 1).</param>
/// <param name="Shared">How many fingerprints they share.</param>
/// <param name="Passages">The longest shared passages, longest first.</param>
public sealed record SuspiciousPair(string A, string B, double Similarity, int Shared, IReadOnlyList<CopyPassage> Passages);

/// <summary>What copy detection found in a class.</summary>
/// <param name="ReferenceCopies">Students whose own code is mostly the reference solution's.</param>
/// <param name="Pairs">Pairs of students too alike, most alike first.</param>
/// <param name="Students">How many submissions were compared.</param>
/// <param name="CommonFingerprints">Fingerprints ignored because most of the class shares them.</param>
/// <param name="Notes">Files left out of the comparison, per student (<c>id: note</c>).</param>
public sealed record CopyReport(
    IReadOnlyList<SuspiciousPair> ReferenceCopies, IReadOnlyList<SuspiciousPair> Pairs, int Students, int CommonFingerprints,
    IReadOnlyList<string> Notes)
{
    /// <summary>Nothing compared.</summary>
    public static CopyReport Empty { get; } = new([], [], 0, 0, []);
}
