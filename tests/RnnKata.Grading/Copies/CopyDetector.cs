namespace RnnKata.Grading.Copies;

/// <summary>
/// Finds submissions too alike, as MOSS and JPlag do: each student's code is reduced to winnowed fingerprints of
/// normalised tokens (<see cref="SourceTokens"/>, <see cref="Winnowing"/>); what the stub already contains (every k-gram
/// of the kata's <c>exercises/</c>) and what most of the class shares (a fingerprint in more than half of the
/// submissions, and in at least <see cref="CommonMinimum"/>) are ignored. Two students are flagged when they share at
/// least <see cref="MinShared"/> fingerprints and at least <see cref="MinSimilarity"/> of the smaller one's; a student
/// is flagged as a copy of the reference solution when as much of their own code is found in <c>solutions/</c> (two such
/// students are not listed again as a pair). Pairs
/// are counted through an index from fingerprint to students, so a class of n costs far less than n² full comparisons.
/// </summary>
public static class CopyDetector
{
    /// <summary>The name the reports give the reference solution.</summary>
    public const string Reference = "reference solution";

    /// <summary>The share of the smaller submission's fingerprints that flags a pair.</summary>
    public const double MinSimilarity = 0.5;

    /// <summary>The fewest shared fingerprints that flag a pair (a submission with almost no code of its own is never flagged).</summary>
    public const int MinShared = 8;

    /// <summary>A fingerprint is "most of the class" only when at least this many students have it.</summary>
    public const int CommonMinimum = 4;

    /// <summary>Passages listed per pair.</summary>
    public const int MaxPassages = 5;

    /// <summary>Lines shown per passage.</summary>
    public const int MaxPassageLines = 40;

    /// <summary>Compares <paramref name="students"/> with each other and with <paramref name="reference"/>.</summary>
    /// <param name="students">Each student's tokens (<see cref="SourceTokens.Owner"/> is the id).</param>
    /// <param name="stub">The kata's exercises as shipped: what every student starts from.</param>
    /// <param name="reference">The reference solutions of the same labs; null: not compared.</param>
    public static CopyReport Compare(IReadOnlyList<SourceTokens> students, SourceTokens stub, SourceTokens? reference)
    {
        ArgumentNullException.ThrowIfNull(students);
        ArgumentNullException.ThrowIfNull(stub);
        var stubHashes = Winnowing.All(stub).Select(f => f.Hash).ToHashSet();
        // Each student's own fingerprints: winnowed, the stub's left out, first place of each hash.
        var own = students.Select(s => Winnowing.Select(s).Where(f => !stubHashes.Contains(f.Hash))
                                          .DistinctBy(f => f.Hash).ToArray()).ToArray();

        var frequency = new Dictionary<ulong, int>();
        foreach (var fingerprints in own)
            foreach (var f in fingerprints)
                frequency[f.Hash] = frequency.GetValueOrDefault(f.Hash) + 1;
        var common = frequency.Where(p => p.Value >= CommonMinimum && 2 * p.Value > students.Count).Select(p => p.Key).ToHashSet();
        var compared = own.Select(fs => fs.Where(f => !common.Contains(f.Hash)).ToArray()).ToArray();

        var referenceCopies = reference is null ? [] : ReferenceCopies(students, own, reference, stubHashes);
        var copiers = referenceCopies.Select(p => p.A).ToHashSet(StringComparer.Ordinal);
        var pairs = Pairs(students, compared, (a, b) => copiers.Contains(students[a].Owner) && copiers.Contains(students[b].Owner));
        var notes = students.SelectMany(s => s.Notes.Select(n => $"{s.Owner}: {n}")).ToArray();
        return new CopyReport(referenceCopies, pairs, students.Count, common.Count, notes);
    }

    private static SuspiciousPair[] ReferenceCopies(
        IReadOnlyList<SourceTokens> students, Fingerprint[][] own, SourceTokens reference, HashSet<ulong> stubHashes)
    {
        var places = FirstPlaces(reference, stubHashes);
        return Enumerable.Range(0, students.Count)
            .Select(i => (Index: i, Shared: own[i].Count(f => places.ContainsKey(f.Hash))))
            .Where(s => s.Shared >= MinShared && s.Shared >= MinSimilarity * own[s.Index].Length)
            .Select(s => new SuspiciousPair(students[s.Index].Owner, Reference, (double)s.Shared / own[s.Index].Length, s.Shared,
                                            Passages(students[s.Index], own[s.Index], reference, places)))
            .OrderByDescending(p => p.Similarity).ThenBy(p => p.A, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The pairs too alike, but not those <paramref name="explained"/> (both copy the reference solution: they are
    /// listed as such, and a class where many did would list every pair of them).</summary>
    private static SuspiciousPair[] Pairs(IReadOnlyList<SourceTokens> students, Fingerprint[][] compared, Func<int, int, bool> explained)
    {
        var holders = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < compared.Length; i++)
            foreach (var f in compared[i])
            {
                if (!holders.TryGetValue(f.Hash, out var list))
                    holders[f.Hash] = list = [];
                list.Add(i);
            }
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in holders.Values)
            for (var x = 0; x < list.Count; x++)
                for (var y = x + 1; y < list.Count; y++)
                    shared[(list[x], list[y])] = shared.GetValueOrDefault((list[x], list[y])) + 1;

        var flagged = shared
            .Select(p => (A: p.Key.Item1, B: p.Key.Item2, Shared: p.Value,
                          Similarity: (double)p.Value / Math.Max(1, Math.Min(compared[p.Key.Item1].Length, compared[p.Key.Item2].Length))))
            .Where(p => p.Shared >= MinShared && p.Similarity >= MinSimilarity && !explained(p.A, p.B))
            .ToArray();
        var places = new Dictionary<int, Dictionary<ulong, Fingerprint>>();
        Dictionary<ulong, Fingerprint> PlacesOf(int i) =>
            places.TryGetValue(i, out var found) ? found : places[i] = FirstPlaces(students[i], []);
        return flagged
            .Select(p => new SuspiciousPair(students[p.A].Owner, students[p.B].Owner, p.Similarity, p.Shared,
                                            Passages(students[p.A], compared[p.A], students[p.B], PlacesOf(p.B))))
            .OrderByDescending(p => p.Similarity).ThenByDescending(p => p.Shared).ThenBy(p => p.A, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Where each k-gram hash of <paramref name="tokens"/> first occurs, those of <paramref name="leaveOut"/> left out.</summary>
    private static Dictionary<ulong, Fingerprint> FirstPlaces(SourceTokens tokens, HashSet<ulong> leaveOut)
    {
        var places = new Dictionary<ulong, Fingerprint>();
        foreach (var f in Winnowing.All(tokens))
            if (!leaveOut.Contains(f.Hash))
                places.TryAdd(f.Hash, f);
        return places;
    }

    /// <summary>
    /// The passages <paramref name="a"/> shares with <paramref name="b"/>: each matching fingerprint of a's covers K tokens in
    /// both; matches that follow each other in both files (overlapping or adjacent) make one passage. Longest first.
    /// </summary>
    private static CopyPassage[] Passages(SourceTokens a, Fingerprint[] fingerprints, SourceTokens b, Dictionary<ulong, Fingerprint> placesInB)
    {
        var matches = fingerprints.Where(f => placesInB.ContainsKey(f.Hash))
            .Select(f => (A: f, B: placesInB[f.Hash]))
            .OrderBy(m => m.A.File).ThenBy(m => m.A.Token)
            .ToArray();
        var runs = new List<(int FileA, int StartA, int EndA, int FileB, int StartB, int EndB)>();
        foreach (var (fa, fb) in matches)
        {
            if (runs.Count > 0 && runs[^1] is var r && r.FileA == fa.File && r.FileB == fb.File
                && fa.Token <= r.EndA + Winnowing.W && fb.Token >= r.StartB && fb.Token <= r.EndB + Winnowing.W)
                runs[^1] = r with { EndA = Math.Max(r.EndA, fa.Token + Winnowing.K), EndB = Math.Max(r.EndB, fb.Token + Winnowing.K) };
            else
                runs.Add((fa.File, fa.Token, fa.Token + Winnowing.K, fb.File, fb.Token, fb.Token + Winnowing.K));
        }
        return runs.OrderByDescending(r => r.EndA - r.StartA).Take(MaxPassages).Select(r =>
        {
            var (fileA, fileB) = (a.Files[r.FileA], b.Files[r.FileB]);
            var (fromA, toA) = (fileA.TokenLines[r.StartA], fileA.TokenLines[r.EndA - 1]);
            var (fromB, toB) = (fileB.TokenLines[r.StartB], fileB.TokenLines[r.EndB - 1]);
            return new CopyPassage(fileA.Path, fromA, toA, fileB.Path, fromB, toB, r.EndA - r.StartA, Lines(fileA, fromA, toA), Lines(fileB, fromB, toB));
        }).ToArray();
    }

    private static string[] Lines(SourceFile file, int from, int to) =>
        file.Lines.Skip(from - 1).Take(Math.Min(to - from + 1, MaxPassageLines)).ToArray();
}
