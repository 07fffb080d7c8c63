namespace RnnKata.Lab06;

/// <summary>Splits a series in time (chapter 6, "Task 4").</summary>
public static class ChronologicalSplit
{
    /// <summary>The first <paramref name="trainCount"/> values and the rest.</summary>
    public static SeriesSplit AtCount(IReadOnlyList<double> series, int trainCount)
    {
        ArgumentNullException.ThrowIfNull(series);
        for (int i = 0; i < series.Count; i++)
        {
            if (!double.IsFinite(series[i]))
                throw new ArgumentException($"series[{i}] is {series[i]}: every value must be finite.", nameof(series));
        }
        if (trainCount < 1 || trainCount >= series.Count)
            throw new ArgumentException(
                $"A split of {series.Count} values at {trainCount} leaves a part empty: {nameof(trainCount)} must lie in 1 … {series.Count - 1}.",
                nameof(trainCount));
        return new SeriesSplit(series.Take(trainCount).ToArray(), series.Skip(trainCount).ToArray());
    }

    /// <summary>The split at ⌊fraction·N⌋ values.</summary>
    public static SeriesSplit AtFraction(IReadOnlyList<double> series, double trainFraction)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (!(trainFraction > 0 && trainFraction < 1))
            throw new ArgumentException($"{nameof(trainFraction)} must lie strictly between 0 and 1 but is {trainFraction}.", nameof(trainFraction));
        int count = (int)Math.Floor(trainFraction * series.Count);
        if (count < 1 || count >= series.Count)
            throw new ArgumentException(
                $"{nameof(trainFraction)} {trainFraction} of {series.Count} values gives {count} for training: a part would be empty.", nameof(trainFraction));
        return AtCount(series, count);
    }
}
