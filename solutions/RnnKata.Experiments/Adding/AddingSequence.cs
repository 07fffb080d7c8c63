namespace RnnKata.Experiments.Adding;

/// <summary>
/// One sequence of the adding problem: a value per step and two marked steps; the target is the sum of
/// the two marked values. Step t's input is the pair (value, marker), the marker 1 at the two marked
/// steps and 0 elsewhere.
/// </summary>
public sealed record AddingSequence
{
    /// <summary>A sequence with <paramref name="values"/> and markers at <paramref name="first"/> and <paramref name="second"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than 2 steps, a value that is not finite, or markers that are not two different steps inside the sequence.</exception>
    public AddingSequence(IReadOnlyList<double> values, int first, int second)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
            throw new ArgumentException($"An adding-problem sequence needs at least 2 steps, not {values.Count}.", nameof(values));
        for (var t = 0; t < values.Count; t++)
        {
            if (!double.IsFinite(values[t]))
                throw new ArgumentException($"values[{t}] is {values[t]}: every value must be finite.", nameof(values));
        }
        if (first < 0 || first >= values.Count)
            throw new ArgumentOutOfRangeException(nameof(first), first, $"The first marker must be a step in [0, {values.Count}).");
        if (second < 0 || second >= values.Count || second == first)
            throw new ArgumentOutOfRangeException(nameof(second), second, $"The second marker must be a step in [0, {values.Count}) other than the first ({first}).");
        (Values, First, Second) = (values.ToArray(), first, second);
    }

    /// <summary>The value at each step.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The first marked step.</summary>
    public int First { get; }

    /// <summary>The second marked step.</summary>
    public int Second { get; }

    /// <summary>T, the number of steps.</summary>
    public int Steps => Values.Count;

    /// <summary>The target: the sum of the two marked values.</summary>
    public double Target => Values[First] + Values[Second];

    /// <summary>The marker at step <paramref name="t"/>: 1 at the two marked steps, else 0.</summary>
    public double Marker(int t) => t == First || t == Second ? 1.0 : 0.0;
}
