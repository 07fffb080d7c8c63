namespace RnnKata.Grading.Copies;

/// <summary>A fingerprint: the hash of <see cref="Winnowing.K"/> consecutive tokens, and where they start.</summary>
/// <param name="Hash">The k-gram's hash.</param>
/// <param name="File">The file's index in <see cref="SourceTokens.Files"/>.</param>
/// <param name="Token">The first token's index in that file.</param>
public readonly record struct Fingerprint(ulong Hash, int File, int Token);

/// <summary>
/// Fingerprints by winnowing (Schleimer, Wilkerson and Aiken, 2003, as MOSS does): every k-gram of normalised tokens is
/// hashed, and of each window of <see cref="W"/> consecutive hashes the smallest is kept (the rightmost on a tie, each
/// position once). Any passage of at least <c>W + K − 1</c> tokens that two submissions share gives both at least one
/// same fingerprint; passages shorter than <see cref="K"/> tokens never do. A k-gram never spans two files.
/// </summary>
public static class Winnowing
{
    /// <summary>Tokens per k-gram: about one or two statements.</summary>
    public const int K = 15;

    /// <summary>The window: a shared passage of <c>W + K − 1</c> = 24 tokens is always found.</summary>
    public const int W = 10;

    /// <summary>The fingerprints winnowing keeps.</summary>
    public static IReadOnlyList<Fingerprint> Select(SourceTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var kept = new List<Fingerprint>();
        for (var f = 0; f < tokens.Files.Count; f++)
        {
            var hashes = KGrams(tokens.Files[f].Kinds);
            var last = -1;
            var windows = hashes.Length == 0 ? 0 : Math.Max(1, hashes.Length - W + 1);
            for (var start = 0; start < windows; start++)
            {
                var end = Math.Min(start + W, hashes.Length);
                var min = start;
                for (var i = start + 1; i < end; i++)
                    if (hashes[i] <= hashes[min])
                        min = i;
                if (min != last)
                    kept.Add(new Fingerprint(hashes[min], f, min));
                last = min;
            }
        }
        return kept;
    }

    /// <summary>Every k-gram's hash with where it starts (to find a passage's place in the other submission).</summary>
    public static IEnumerable<Fingerprint> All(SourceTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var f = 0; f < tokens.Files.Count; f++)
        {
            var hashes = KGrams(tokens.Files[f].Kinds);
            for (var i = 0; i < hashes.Length; i++)
                yield return new Fingerprint(hashes[i], f, i);
        }
    }

    /// <summary>The hash of each k-gram (FNV-1a over the token kinds, then mixed): none when the file is shorter than K.</summary>
    private static ulong[] KGrams(int[] kinds)
    {
        if (kinds.Length < K)
            return [];
        var hashes = new ulong[kinds.Length - K + 1];
        for (var i = 0; i < hashes.Length; i++)
        {
            var hash = 14695981039346656037UL;
            for (var j = i; j < i + K; j++)
                hash = (hash ^ (uint)kinds[j]) * 1099511628211UL;
            hashes[i] = Mix(hash);
        }
        return hashes;
    }

    /// <summary>A finaliser (SplitMix64's), so that the minimum of a window is not biased towards some kinds.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
