using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab04;

/// <summary>Cuts a series into training windows (chapter 4, "Windows").</summary>
public static class Windows
{
    /// <summary>Samples <paramref name="f"/> at <c>start + k·gap</c>, k = 0 … count − 1.</summary>
    public static double[] Sample(Func<double, double> f, double start, double gap, int count)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!double.IsFinite(start))
            throw new ArgumentException($"The start time must be finite but is {start}.", nameof(start));
        if (!(gap > 0) || !double.IsFinite(gap))
            throw new ArgumentException($"The gap between samples must be positive but is {gap}.", nameof(gap));
        if (count < 1)
            throw new ArgumentException($"The number of samples must be positive but is {count}.", nameof(count));
        return Enumerable.Range(0, count).Select(k => f(start + k * gap)).ToArray();
    }

    /// <summary>Every window of <paramref name="length"/> values and the value after it.</summary>
    public static WindowBatch Sliding(IReadOnlyList<double> series, int length)
    {
        RequireSeries(series, nameof(series));
        if (length < 1)
            throw new ArgumentException($"The window length must be positive but is {length}.", nameof(length));
        if (length >= series.Count)
            throw new ArgumentException(
                $"A window of {length} values is longer than the series allows: {series.Count} values give no window and its next value (at least {length + 1} needed).",
                nameof(length));
        int rows = series.Count - length;
        return new WindowBatch(Matrix<double>.Build.Dense(rows, length, (i, t) => series[i + t]),
                               Matrix<double>.Build.Dense(rows, 1, (i, _) => series[i + length]));
    }

    /// <summary>One window per start time, targets shifted one step.</summary>
    public static WindowBatch Shifted(Func<double, double> series, IReadOnlyList<double> starts, double resolution, int steps)
    {
        ArgumentNullException.ThrowIfNull(series);
        RequireSeries(starts, nameof(starts));
        if (!(resolution > 0) || !double.IsFinite(resolution))
            throw new ArgumentException($"The resolution must be positive but is {resolution}.", nameof(resolution));
        if (steps < 1)
            throw new ArgumentException($"The number of steps per window must be positive but is {steps}.", nameof(steps));
        var values = Matrix<double>.Build.Dense(starts.Count, steps + 1, (b, k) => series(starts[b] + k * resolution));
        return new WindowBatch(values.SubMatrix(0, starts.Count, 0, steps), values.SubMatrix(0, starts.Count, 1, steps));
    }

    /// <summary><paramref name="batch"/> windows at random start times.</summary>
    public static WindowBatch Random(RandomWindowSource source, int batch, Random random)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(random);
        if (batch < 1)
            throw new ArgumentException($"The batch must hold at least one window but is {batch}.", nameof(batch));
        if (source.Steps < 1)
            throw new ArgumentException($"The window length must be positive but is {source.Steps}.", nameof(source));
        var room = source.TMax - source.TMin - source.Steps * source.Resolution;
        if (!(room > 0))
            throw new ArgumentException(
                $"A window of {source.Steps} steps of {source.Resolution} is longer than the series [{source.TMin}, {source.TMax}].", nameof(source));
        var starts = Enumerable.Range(0, batch).Select(_ => source.TMin + random.NextDouble() * room).ToArray();
        return Shifted(source.Series, starts, source.Resolution, source.Steps);
    }

    private static void RequireSeries(IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count == 0)
            throw new ArgumentException($"{name} is empty: it needs at least one value.", name);
        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{name}[{i}] is {values[i]}: every value must be finite.", name);
        }
    }
}
