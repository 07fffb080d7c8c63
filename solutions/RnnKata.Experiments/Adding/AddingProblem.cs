namespace RnnKata.Experiments.Adding;

/// <summary>
/// The adding problem (Hochreiter and Schmidhuber 1997; the variant of Le, Jaitly and Hinton 2015): each
/// step's input is a value drawn uniformly from [0, 1) and a marker; one marker falls in the first half
/// of the sequence and one in the second; the target is the sum of the two marked values. Predicting
/// <see cref="BaselinePrediction"/> whatever the input scores an MSE of Var(U + U′) = 2/12 ≈ 0.167:
/// a model has learned something only below that.
/// </summary>
public static class AddingProblem
{
    /// <summary>Features per step: the value and the marker.</summary>
    public const int InputSize = 2;

    /// <summary>The constant prediction of the baseline: the target's mean, 1.</summary>
    public const double BaselinePrediction = 1.0;

    /// <summary>The baseline's expected MSE, Var(U + U′) = 1/6.</summary>
    public const double BaselineMse = 1.0 / 6.0;

    /// <summary>
    /// <paramref name="count"/> sequences of <paramref name="steps"/> steps drawn from <paramref name="random"/>:
    /// per sequence, the values of every step in order, then the first marker in [0, T/2), then the
    /// second in [T/2, T) (T/2 rounded down).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count below 1 or fewer than 2 steps.</exception>
    public static IReadOnlyList<AddingSequence> Generate(int count, int steps, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        ArgumentNullException.ThrowIfNull(random);
        var half = steps / 2;
        var sequences = new AddingSequence[count];
        for (var n = 0; n < count; n++)
        {
            var values = new double[steps];
            for (var t = 0; t < steps; t++)
                values[t] = random.NextDouble();
            var first = random.Next(0, half);
            var second = random.Next(half, steps);
            sequences[n] = new AddingSequence(values, first, second);
        }
        return sequences;
    }

    /// <summary>
    /// The sequences as the engine reads them, time-major: inputs [T × B × 2] (step t of sequence b at
    /// (t·B + b)·2: value, then marker) and targets [B].
    /// </summary>
    /// <exception cref="ArgumentException">No sequences, or sequences of different lengths.</exception>
    public static (float[] Inputs, float[] Targets) ToBatch(IReadOnlyList<AddingSequence> sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0)
            throw new ArgumentException("A batch needs at least one sequence.", nameof(sequences));
        var steps = sequences[0].Steps;
        var batch = sequences.Count;
        for (var b = 0; b < batch; b++)
        {
            if (sequences[b].Steps != steps)
                throw new ArgumentException($"sequences[{b}] has {sequences[b].Steps} steps but sequences[0] has {steps}: a batch needs one length.", nameof(sequences));
        }
        var inputs = new float[steps * batch * InputSize];
        for (var t = 0; t < steps; t++)
        {
            for (var b = 0; b < batch; b++)
            {
                var at = (t * batch + b) * InputSize;
                inputs[at] = (float)sequences[b].Values[t];
                inputs[at + 1] = (float)sequences[b].Marker(t);
            }
        }
        return (inputs, sequences.Select(s => (float)s.Target).ToArray());
    }
}
