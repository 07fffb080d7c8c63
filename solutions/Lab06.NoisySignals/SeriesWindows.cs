using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>Cuts a series into "T values predict the next" windows (chapter 6, "Windows without padding").</summary>
public static class SeriesWindows
{
    /// <summary>Every window of <paramref name="steps"/> values and the value after it; no padding.</summary>
    public static WindowSet Sliding(IReadOnlyList<double> series, int steps)
    {
        ArgumentNullException.ThrowIfNull(series);
        for (int i = 0; i < series.Count; i++)
        {
            if (!double.IsFinite(series[i]))
                throw new ArgumentException($"series[{i}] is {series[i]}: every value must be finite.", nameof(series));
        }
        if (steps < 1)
            throw new ArgumentException($"The window length must be positive but is {steps}.", nameof(steps));
        if (series.Count <= steps)
            throw new ArgumentException(
                $"A window of {steps} values needs at least {steps + 1} values (the window and the value after it), but the series has {series.Count}.",
                nameof(series));
        int rows = series.Count - steps;
        return new WindowSet(Matrix<double>.Build.Dense(rows, steps, (i, t) => series[i + t]),
                             Matrix<double>.Build.Dense(rows, 1, (i, _) => series[i + steps]));
    }

    /// <summary>The windows as the sequence a recurrent layer reads.</summary>
    public static IReadOnlyList<Matrix<double>> AsSequence(Matrix<double> windows, WindowLayout layout)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.ColumnCount < 1)
            throw new ArgumentException($"{nameof(windows)} must hold at least one value per window but is {Require.ShapeOf(windows)}.", nameof(windows));
        Require.Finite(windows, nameof(windows));
        return layout switch
        {
            WindowLayout.StepsOfOneValue => Enumerable.Range(0, windows.ColumnCount).Select(t => windows.SubMatrix(0, windows.RowCount, t, 1)).ToArray(),
            WindowLayout.OneStepOfAllValues => [windows.Clone()],
            _ => throw new ArgumentException($"{layout} is not a WindowLayout.", nameof(layout)),
        };
    }
}
