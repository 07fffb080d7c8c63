using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>What a model must beat (chapter 6, "Honest baselines").</summary>
public static class Baselines
{
    /// <summary>The variance a²/12 of the noise a·U(0, 1).</summary>
    public static double NoiseFloor(double amplitude)
    {
        if (!(amplitude >= 0) || !double.IsFinite(amplitude))
            throw new ArgumentOutOfRangeException(nameof(amplitude), amplitude, "The noise's amplitude must be a finite number, not negative.");
        return amplitude * amplitude / 12;
    }

    /// <summary>The window's mean.</summary>
    public static Matrix<double> MovingAverage(Matrix<double> windows)
    {
        RequireWindows(windows);
        return Matrix<double>.Build.Dense(windows.RowCount, 1, (i, _) => windows.Row(i).Average());
    }

    /// <summary>The window's last value.</summary>
    public static Matrix<double> LastValue(Matrix<double> windows)
    {
        RequireWindows(windows);
        return windows.SubMatrix(0, windows.RowCount, windows.ColumnCount - 1, 1);
    }

    private static void RequireWindows(Matrix<double> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.ColumnCount < 1)
            throw new ArgumentException($"{nameof(windows)} must hold at least one value per window but is {Require.ShapeOf(windows)}.", nameof(windows));
        Require.Finite(windows, nameof(windows));
    }
}
