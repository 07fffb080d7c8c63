using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab04;

/// <summary>Naive forecasts that need no training (chapter 4, "Baselines").</summary>
public static class Baselines
{
    /// <summary>Repeats each window's last value.</summary>
    public static Matrix<double> RepeatLast(Matrix<double> windows)
    {
        RequireWindows(windows, 1);
        return windows.SubMatrix(0, windows.RowCount, windows.ColumnCount - 1, 1);
    }

    /// <summary>Extends the line through the last two values.</summary>
    public static Matrix<double> LinearExtrapolation(Matrix<double> windows)
    {
        RequireWindows(windows, 2);
        int n = windows.ColumnCount;
        return windows.SubMatrix(0, windows.RowCount, n - 1, 1) * 2 - windows.SubMatrix(0, windows.RowCount, n - 2, 1);
    }

    private static void RequireWindows(Matrix<double> windows, int columns)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.ColumnCount < columns)
            throw new ArgumentException($"{nameof(windows)} must have at least {columns} column{(columns == 1 ? "" : "s")} (values per window) but is {Require.ShapeOf(windows)}.", nameof(windows));
        Require.Finite(windows, nameof(windows));
    }
}
