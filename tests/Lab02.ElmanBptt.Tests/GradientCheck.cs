using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

/// <summary>
/// Compares an analytic gradient with central finite differences of a loss (double precision, step
/// <see cref="FiniteDifferences.DefaultStep"/>): the relative error must be at most
/// <see cref="Tolerance.GradientCheck"/>. The loss closure must read the parameter's current entries:
/// <see cref="FiniteDifferences"/> nudges them in place and restores them.
/// </summary>
/// <remarks>
/// Central differences are only as accurate as the loss can be evaluated: each evaluation of J is off
/// by a few ε·|J| (ε = 2.2e-16), so the numeric gradient carries an absolute error of about ε·|J|/h
/// ≈ 2e-11·|J| whatever the entry's size (measured on these tests: at most 7e-10 with |J| ≈ 17). An
/// entry of 1e-4 therefore cannot be checked to a relative 1e-7. The relative error's denominator
/// floor is set to <see cref="FloorPerUnitLoss"/> × max(1, |J|): entries smaller than 1 % of the loss
/// are held to an absolute 1e-9·|J| instead, about 50 times the finite-difference noise and far below
/// any mistake in a backward pass; larger entries are held to the relative 1e-7.
/// </remarks>
internal static class GradientCheck
{
    /// <summary>The denominator floor of the relative error, per unit of the loss.</summary>
    public const double FloorPerUnitLoss = 1e-2;

    public static void ShouldMatch(Matrix<double> analytic, Func<double> loss, Matrix<double> parameter, string what, string section)
    {
        analytic.Should().NotBeNull($"{what} must be computed");
        (analytic.RowCount, analytic.ColumnCount).Should().Be((parameter.RowCount, parameter.ColumnCount),
            $"{what} must have the shape of its parameter");
        var floor = Floor(loss);
        var numeric = FiniteDifferences.Gradient(loss, parameter);
        var error = FiniteDifferences.RelativeError(analytic, numeric, floor);
        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck, Because(what, section, error, analytic.Enumerate(), numeric.Enumerate()));
    }

    public static void ShouldMatch(Vector<double> analytic, Func<double> loss, Vector<double> parameter, string what, string section)
    {
        analytic.Should().NotBeNull($"{what} must be computed");
        analytic.Count.Should().Be(parameter.Count, $"{what} must have the length of its parameter");
        var floor = Floor(loss);
        var numeric = FiniteDifferences.Gradient(loss, parameter);
        var error = FiniteDifferences.RelativeError(analytic, numeric, floor);
        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck, Because(what, section, error, analytic.Enumerate(), numeric.Enumerate()));
    }

    private static double Floor(Func<double> loss) => FloorPerUnitLoss * Math.Max(1, Math.Abs(loss()));

    private static string Because(string what, string section, double error, IEnumerable<double> analytic, IEnumerable<double> numeric) =>
        $"{what} must agree with central differences of the loss (relative error {error:E2}; first entries {Head(analytic)} " +
        $"where central differences give {Head(numeric)}) — see docs/02-elman-bptt.md#{section}";

    private static string Head(IEnumerable<double> values) =>
        "[" + string.Join(", ", values.Take(3).Select(v => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture))) + ", …]";
}
