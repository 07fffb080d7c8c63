using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

/// <summary>
/// Compares an analytic gradient with central finite differences of the loss through
/// <see cref="GradientComparison"/> (relative error at most <see cref="Tolerance.GradientCheck"/>, with
/// the floor explained there), and says which chapter section to read when they disagree.
/// </summary>
internal static class GradientCheck
{
    /// <param name="hint">What usually goes wrong for this check, added to the failure message; null for none.</param>
    public static void ShouldMatch(Matrix<double> analytic, Func<double> loss, Matrix<double> parameter, string what, string section, string? hint = null)
    {
        analytic.Should().NotBeNull($"{what} must be computed");
        (analytic.RowCount, analytic.ColumnCount).Should().Be((parameter.RowCount, parameter.ColumnCount),
            $"{what} must have the shape of its parameter");
        var (error, numeric) = GradientComparison.Compare(analytic, loss, parameter);
        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck, Because(what, section, error, analytic.Enumerate(), numeric.Enumerate(), hint));
    }

    public static void ShouldMatch(Vector<double> analytic, Func<double> loss, Vector<double> parameter, string what, string section)
    {
        analytic.Should().NotBeNull($"{what} must be computed");
        analytic.Count.Should().Be(parameter.Count, $"{what} must have the length of its parameter");
        var (error, numeric) = GradientComparison.Compare(analytic, loss, parameter);
        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck, Because(what, section, error, analytic.Enumerate(), numeric.Enumerate()));
    }

    private static string Because(string what, string section, double error, IEnumerable<double> analytic, IEnumerable<double> numeric, string? hint = null) =>
        $"{what} must agree with central differences of the loss (relative error {error:E2}; first entries {Head(analytic)} " +
        $"where central differences give {Head(numeric)}){(hint is null ? "" : ". " + hint)} — see docs/02-elman-bptt.md#{section}";

    private static string Head(IEnumerable<double> values) =>
        "[" + string.Join(", ", values.Take(3).Select(v => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture))) + ", …]";
}
