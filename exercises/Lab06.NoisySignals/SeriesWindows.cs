using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>
/// Cuts a series into "T values predict the next" windows and hands them to a recurrent layer (chapter 6,
/// "Windows without padding").
/// </summary>
public static class SeriesWindows
{
    /// <summary>
    /// Every window of <paramref name="steps"/> consecutive values and the value after it: row i of <c>Inputs</c> is
    /// <c>series[i] … series[i + T − 1]</c>, row i of <c>Targets</c> (count × 1) is <c>series[i + T]</c>, for
    /// i = 0 … N − T − 1. No padding: the lecture appends T copies of the last value before windowing, which makes
    /// up T targets that never happened; here N values give exactly N − T windows.
    /// </summary>
    /// <exception cref="ArgumentException">The series holds NaN or infinity (the message gives the index),
    /// <paramref name="steps"/> is not positive, or the series has fewer than T + 1 values. The exception names the argument.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null (the exception names it).</exception>
    /// <remarks>Hint: <c>Matrix&lt;double&gt;.Build.Dense(rows, T, (i, t) =&gt; series[i + t])</c>.</remarks>
    public static WindowSet Sliding(IReadOnlyList<double> series, int steps) =>
        throw new NotImplementedException("Implement SeriesWindows.Sliding — see docs/06-noisy-signals.md#task-1-windows-without-padding");

    /// <summary>
    /// The windows (count × T) as the sequence a recurrent layer reads, for <paramref name="layout"/>:
    /// <see cref="WindowLayout.StepsOfOneValue"/> gives T matrices of count × 1 (column t is step t);
    /// <see cref="WindowLayout.OneStepOfAllValues"/> gives one matrix of count × T (the lecture's shape).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="windows"/> has no column or holds NaN or infinity, or
    /// <paramref name="layout"/> is not a <see cref="WindowLayout"/>. The exception names the argument.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null (the exception names it).</exception>
    /// <remarks>Hint: <c>RnnKata.Given.Recurrent.Sequences.FromRows</c> already does the first layout.</remarks>
    public static IReadOnlyList<Matrix<double>> AsSequence(Matrix<double> windows, WindowLayout layout) =>
        throw new NotImplementedException("Implement SeriesWindows.AsSequence — see docs/06-noisy-signals.md#task-1-windows-without-padding");
}
