namespace RnnKata.Engine;

/// <summary>
/// A batch of sequences on the host: B sequences of T steps of F features, with the order of its flat values
/// stated (<see cref="SequenceLayout"/>), so that a model can check the shape and not only the length.
/// Make one with <see cref="FromTimeMajor"/> or <see cref="FromBatchMajor"/>; the values are not copied.
/// </summary>
public sealed class SequenceTensor
{
    private SequenceTensor(float[] values, int steps, int batch, int features, SequenceLayout layout)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(features, 1);
        if ((long)steps * batch * features != values.Length)
            throw new ArgumentException(
                $"A {layout} tensor of {Named(steps, batch, features, "F")} holds {(long)steps * batch * features} floats, not {values.Length}.",
                nameof(values));
        (Values, Steps, Batch, Features, Layout) = (values, steps, batch, features, layout);
    }

    /// <summary>The flat values in <see cref="Layout"/>'s order.</summary>
    public float[] Values { get; }

    /// <summary>T.</summary>
    public int Steps { get; }

    /// <summary>B.</summary>
    public int Batch { get; }

    /// <summary>F.</summary>
    public int Features { get; }

    /// <summary>The order of <see cref="Values"/>.</summary>
    public SequenceLayout Layout { get; }

    /// <summary>Wraps time-major values [T × B × F] (index (t·B + b)·F + f).</summary>
    /// <exception cref="ArgumentException">The length is not T·B·F.</exception>
    public static SequenceTensor FromTimeMajor(float[] values, int steps, int batch, int features) =>
        new(values, steps, batch, features, SequenceLayout.TimeMajor);

    /// <summary>Wraps batch-major values [B × T × F] (index (b·T + t)·F + f).</summary>
    /// <exception cref="ArgumentException">The length is not B·T·F.</exception>
    public static SequenceTensor FromBatchMajor(float[] values, int batch, int steps, int features) =>
        new(values, steps, batch, features, SequenceLayout.BatchMajor);

    /// <summary>One row per sequence, [B × F]: a sequence of one step (both layouts agree), e.g. last-step targets.</summary>
    public static SequenceTensor FromRows(float[] values, int batch, int features) =>
        new(values, 1, batch, features, SequenceLayout.TimeMajor);

    /// <summary>Feature <paramref name="f"/> of sequence <paramref name="b"/> at step <paramref name="t"/>.</summary>
    public float this[int t, int b, int f] => Values[Index(t, b, f)];

    /// <summary>The values in time-major order (<see cref="Values"/> itself when already time-major).</summary>
    public float[] ToTimeMajor()
    {
        if (Layout == SequenceLayout.TimeMajor)
            return Values;
        var timeMajor = new float[Values.Length];
        for (var b = 0; b < Batch; b++)
            for (var t = 0; t < Steps; t++)
                Values.AsSpan(Index(t, b, 0), Features).CopyTo(timeMajor.AsSpan((t * Batch + b) * Features, Features));
        return timeMajor;
    }

    /// <summary>The shape in words, e.g. "T=10, B=64, F=1 (batch-major)".</summary>
    public override string ToString() => Named(Steps, Batch, Features, "F") + (Layout == SequenceLayout.BatchMajor ? " (batch-major)" : " (time-major)");

    /// <summary>A flat time-major shape in words, T×B×<paramref name="featureName"/>, e.g. "10×64×1 (T×B×I)".</summary>
    internal static string Describe(int steps, int batch, int features, string featureName) =>
        $"{steps}×{batch}×{features} (T×B×{featureName})";

    /// <summary>A shape with its sizes named, e.g. "T=10, B=64, I=1".</summary>
    internal static string Named(int steps, int batch, int features, string featureName) =>
        $"T={steps}, B={batch}, {featureName}={features}";

    private int Index(int t, int b, int f) => Layout == SequenceLayout.TimeMajor
        ? (t * Batch + b) * Features + f
        : (b * Steps + t) * Features + f;
}
