using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab04;

/// <summary>
/// Closed-loop generation (chapter 4, "Generating a series"): the model reads its own predictions.
/// COMP3222 seeds the sequence with 20 values and runs 300 steps, each time feeding the last 20
/// values back into the model.
/// </summary>
public static class ClosedLoop
{
    /// <summary>
    /// Generates <paramref name="steps"/> values: the window is the last <c>seed.Count</c> values of the
    /// sequence so far (the seed, then what was generated), shaped 1 × n; <paramref name="predictNext"/>
    /// returns the next value (1 × 1), which is appended and read back at the next step.
    /// </summary>
    /// <param name="predictNext">The model: windows (batch × n) to next values (batch × 1), e.g. <c>model.PredictNext</c>.</param>
    /// <param name="seed">The first n values, n ≥ 1.</param>
    /// <param name="steps">How many values to generate, positive.</param>
    /// <returns>The generated values only (not the seed), in order.</returns>
    /// <exception cref="ArgumentException">The seed is empty or holds NaN or infinity, <paramref name="steps"/> is not
    /// positive, or the model does not return 1 × 1. The exception names the argument.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="predictNext"/> or <paramref name="seed"/> is null (the exception names it).</exception>
    /// <remarks>Hint: keep the whole sequence in a <c>List&lt;double&gt;</c>; the window at each step is
    /// <c>sequence.Skip(sequence.Count - n)</c>, as a row (<c>Matrix&lt;double&gt;.Build.DenseOfRowArrays</c>).</remarks>
    public static double[] Generate(Func<Matrix<double>, Matrix<double>> predictNext, IReadOnlyList<double> seed, int steps) =>
        throw new NotImplementedException("Implement ClosedLoop.Generate — see docs/04-time-series.md#task-7-closed-loop-generation");
}
