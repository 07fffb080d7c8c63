using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab04;

/// <summary>Closed-loop generation (chapter 4, "Generating a series"): the model reads its own predictions.</summary>
public static class ClosedLoop
{
    /// <summary>Generates <paramref name="steps"/> values, feeding each prediction back.</summary>
    public static double[] Generate(Func<Matrix<double>, Matrix<double>> predictNext, IReadOnlyList<double> seed, int steps)
    {
        ArgumentNullException.ThrowIfNull(predictNext);
        ArgumentNullException.ThrowIfNull(seed);
        if (seed.Count == 0)
            throw new ArgumentException("The seed is empty: it needs the first values of the window.", nameof(seed));
        for (int i = 0; i < seed.Count; i++)
        {
            if (!double.IsFinite(seed[i]))
                throw new ArgumentException($"seed[{i}] is {seed[i]}: every value must be finite.", nameof(seed));
        }
        if (steps < 1)
            throw new ArgumentException($"The number of steps to generate must be positive but is {steps}.", nameof(steps));

        int n = seed.Count;
        var sequence = new List<double>(seed);
        for (int s = 0; s < steps; s++)
        {
            var window = Matrix<double>.Build.DenseOfRowArrays(sequence.Skip(sequence.Count - n).ToArray());
            var next = predictNext(window);
            if (next is null || next.RowCount != 1 || next.ColumnCount != 1)
                throw new ArgumentException($"The model must return one value (1×1) for one window but returned {(next is null ? "null" : $"{next.RowCount}×{next.ColumnCount}")}.", nameof(predictNext));
            sequence.Add(next[0, 0]);
        }
        return sequence.Skip(n).ToArray();
    }
}
