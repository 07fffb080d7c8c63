using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab04;

/// <summary>
/// Cuts a series into training windows (chapter 4, "Windows"): "n values predict the next" from a
/// sampled series (the LSTM lab, the GRU blog), and windows with targets shifted one step drawn at
/// random times from a function (COMP3222).
/// </summary>
public static class Windows
{
    /// <summary>Samples <paramref name="f"/> at <c>start + k·gap</c>, k = 0 … count − 1.</summary>
    /// <exception cref="ArgumentException"><paramref name="count"/> or <paramref name="gap"/> is not positive
    /// (the message names it), or <paramref name="start"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null (the exception names it).</exception>
    /// <remarks>Hint: <c>Enumerable.Range(0, count).Select(k =&gt; f(start + k * gap))</c>. Compute each time
    /// from k, never by adding <c>gap</c> up: a running sum drifts.</remarks>
    public static double[] Sample(Func<double, double> f, double start, double gap, int count) =>
        throw new NotImplementedException("Implement Windows.Sample — see docs/04-time-series.md#task-1-sample-a-series-and-slide-a-window");

    /// <summary>
    /// Every window of <paramref name="length"/> consecutive values and the value after it: row i of
    /// <c>Inputs</c> is <c>series[i] … series[i + n − 1]</c>, row i of <c>Targets</c> (batch × 1) is
    /// <c>series[i + n]</c>, for i = 0 … count − n − 1 (the seeds' <c>generate_data</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The series is empty or holds NaN or infinity (the message gives the
    /// index), <paramref name="length"/> is not positive, or the window is longer than the series allows
    /// (it needs at least <c>length + 1</c> values). The exception names the argument.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null (the exception names it).</exception>
    /// <remarks>Hints: a window needs n inputs and one target, so a series of N values gives N − n
    /// windows. <c>Matrix&lt;double&gt;.Build.Dense(rows, n, (i, t) =&gt; series[i + t])</c> builds the inputs.</remarks>
    public static WindowBatch Sliding(IReadOnlyList<double> series, int length) =>
        throw new NotImplementedException("Implement Windows.Sliding — see docs/04-time-series.md#task-1-sample-a-series-and-slide-a-window");

    /// <summary>
    /// One window per start time t0: inputs <c>f(t0 + k·resolution)</c> for k = 0 … n − 1 and targets
    /// the same shifted one step, k = 1 … n (COMP3222's <c>next_batch</c> for given t0).
    /// </summary>
    /// <returns>Inputs and targets, each starts.Count × n.</returns>
    /// <exception cref="ArgumentException"><paramref name="starts"/> is empty or holds NaN or infinity,
    /// <paramref name="resolution"/> or <paramref name="steps"/> is not positive. The exception names the argument.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> or <paramref name="starts"/> is null (the exception names it).</exception>
    /// <remarks>Hint: sample n + 1 values per window; inputs are the first n, targets the last n.</remarks>
    public static WindowBatch Shifted(Func<double, double> series, IReadOnlyList<double> starts, double resolution, int steps) =>
        throw new NotImplementedException("Implement Windows.Shifted — see docs/04-time-series.md#task-2-random-windows-with-shifted-targets");

    /// <summary>
    /// <paramref name="batch"/> windows at random start times: for b = 0 … batch − 1 in order,
    /// <c>t0 = TMin + random.NextDouble()·(TMax − TMin − Steps·Resolution)</c>, then <see cref="Shifted"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="batch"/> is not positive, or the window
    /// (Steps·Resolution) is not shorter than the series (TMax − TMin). The exception names the argument.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="random"/> is null (the exception names it).</exception>
    /// <remarks>Hint: draw exactly one <c>NextDouble()</c> per window, in order: the tests replay your
    /// draws from the same seed.</remarks>
    public static WindowBatch Random(RandomWindowSource source, int batch, Random random) =>
        throw new NotImplementedException("Implement Windows.Random — see docs/04-time-series.md#task-2-random-windows-with-shifted-targets");
}
