namespace RnnKata.Lab06;

/// <summary>
/// Splits a series in time (chapter 6, "Task 4"): the model trains on the past and is scored on the future, never on
/// days shuffled in from after the ones it predicts.
/// </summary>
public static class ChronologicalSplit
{
    /// <summary>The first <paramref name="trainCount"/> values and the rest, both in their original order (copies).</summary>
    /// <exception cref="ArgumentException"><paramref name="trainCount"/> leaves either part empty (it must lie in
    /// 1 … N − 1; the exception names it) or the series holds NaN or infinity (naming <paramref name="series"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null (the exception names it).</exception>
    public static SeriesSplit AtCount(IReadOnlyList<double> series, int trainCount) =>
        throw new NotImplementedException("Implement ChronologicalSplit.AtCount — see docs/06-noisy-signals.md#task-4-returns-and-a-chronological-split");

    /// <summary>The split at ⌊<paramref name="trainFraction"/>·N⌋ values (the stock's 80 % / 20 %).</summary>
    /// <exception cref="ArgumentException"><paramref name="trainFraction"/> is not in (0, 1) or leaves a part empty
    /// (the exception names it), or as for <see cref="AtCount"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null (the exception names it).</exception>
    public static SeriesSplit AtFraction(IReadOnlyList<double> series, double trainFraction) =>
        throw new NotImplementedException("Implement ChronologicalSplit.AtFraction — see docs/06-noisy-signals.md#task-4-returns-and-a-chronological-split");
}
