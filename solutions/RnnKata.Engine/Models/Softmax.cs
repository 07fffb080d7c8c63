namespace RnnKata.Engine;

/// <summary>Row-wise softmax of logits on the host, in double with the max shift (no overflow for large logits).</summary>
public static class Softmax
{
    /// <summary>softmax of every row of <paramref name="logits"/> ([rows × <paramref name="columns"/>], row-major).</summary>
    /// <exception cref="ArgumentException">The length is not a multiple of <paramref name="columns"/>.</exception>
    public static float[] Rows(ReadOnlySpan<float> logits, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (logits.Length % columns != 0)
            throw new ArgumentException($"{logits.Length} logits do not split into rows of {columns}.", nameof(logits));
        var probabilities = new float[logits.Length];
        for (var start = 0; start < logits.Length; start += columns)
        {
            var row = logits.Slice(start, columns);
            var max = float.NegativeInfinity;
            foreach (var v in row)
                max = MathF.Max(max, v);
            var sum = 0.0;
            foreach (var v in row)
                sum += Math.Exp(v - (double)max);
            for (var j = 0; j < columns; j++)
                probabilities[start + j] = (float)(Math.Exp(row[j] - (double)max) / sum);
        }
        return probabilities;
    }
}
