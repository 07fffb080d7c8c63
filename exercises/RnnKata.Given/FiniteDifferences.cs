using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Given;

/// <summary>
/// Numerical gradients by central finite differences, to check the gradients you derive by hand:
/// <c>∂L/∂w ≈ (L(w + h) − L(w − h)) / 2h</c>, one entry at a time, in double precision.
/// </summary>
public static class FiniteDifferences
{
    /// <summary>The default step <c>h</c>: small enough for accuracy, large enough to avoid round-off.</summary>
    public const double DefaultStep = 1e-5;

    /// <summary>
    /// The gradient of <paramref name="loss"/> with respect to every entry of <paramref name="parameter"/>.
    /// Each entry is nudged in place by ±h and restored before the next one.
    /// </summary>
    /// <param name="loss">Computes the scalar loss from the current parameter values.</param>
    /// <param name="parameter">The matrix the loss reads; it holds its original values on return.</param>
    /// <param name="step">The step <c>h</c>.</param>
    public static Matrix<double> Gradient(Func<double> loss, Matrix<double> parameter, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(parameter);
        RequireStep(step);
        var gradient = Matrix<double>.Build.Dense(parameter.RowCount, parameter.ColumnCount);
        for (var r = 0; r < parameter.RowCount; r++)
            for (var c = 0; c < parameter.ColumnCount; c++)
                gradient[r, c] = CentralDifference(loss, parameter[r, c], value => parameter[r, c] = value, step);
        return gradient;
    }

    /// <summary>The gradient of <paramref name="loss"/> with respect to every entry of a vector.</summary>
    public static Vector<double> Gradient(Func<double> loss, Vector<double> parameter, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(parameter);
        RequireStep(step);
        var gradient = Vector<double>.Build.Dense(parameter.Count);
        for (var i = 0; i < parameter.Count; i++)
            gradient[i] = CentralDifference(loss, parameter[i], value => parameter[i] = value, step);
        return gradient;
    }

    /// <summary>
    /// The largest relative error between two gradients: <c>max |a − n| / max(|a| + |n|, floor)</c>.
    /// Around 1e-7 or less means the analytic gradient is right; 1e-2 or more means it is wrong.
    /// </summary>
    /// <param name="analytic">The gradient you derived.</param>
    /// <param name="numeric">The finite-difference gradient.</param>
    /// <param name="floor">Denominator floor, so that entries that are both ~0 do not blow up.</param>
    public static double RelativeError(Matrix<double> analytic, Matrix<double> numeric, double floor = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(analytic);
        ArgumentNullException.ThrowIfNull(numeric);
        Require.Shape(numeric, analytic.RowCount, analytic.ColumnCount, nameof(numeric));
        return WorstRelative(analytic.Enumerate(), numeric.Enumerate(), floor);
    }

    /// <summary>The largest relative error between two gradient vectors (see the matrix overload).</summary>
    public static double RelativeError(Vector<double> analytic, Vector<double> numeric, double floor = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(analytic);
        ArgumentNullException.ThrowIfNull(numeric);
        Require.Length(numeric, analytic.Count, nameof(numeric));
        return WorstRelative(analytic.Enumerate(), numeric.Enumerate(), floor);
    }

    // Nudges one entry by ±h, evaluates the loss at both, and puts the entry back.
    private static double CentralDifference(Func<double> loss, double original, Action<double> set, double step)
    {
        set(original + step);
        var up = loss();
        set(original - step);
        var down = loss();
        set(original);
        return (up - down) / (2 * step);
    }

    private static double WorstRelative(IEnumerable<double> analytic, IEnumerable<double> numeric, double floor) =>
        analytic.Zip(numeric, (a, n) => Math.Abs(a - n) / Math.Max(Math.Abs(a) + Math.Abs(n), floor)).DefaultIfEmpty().Max();

    private static void RequireStep(double step)
    {
        if (!(step > 0) || !double.IsFinite(step))
            throw new ArgumentOutOfRangeException(nameof(step), step, "The finite-difference step must be a small positive number.");
    }
}
