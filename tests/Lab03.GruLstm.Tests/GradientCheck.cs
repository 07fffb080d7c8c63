using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

/// <summary>
/// Analytic gradients against central finite differences (<see cref="FiniteDifferences"/>, step 1e-5),
/// in double precision: the largest relative error <c>|a − n| / max(|a| + |n|, Floor)</c> must be at
/// most <see cref="Tolerance.GradientCheck"/>. The loss must read the nudged matrix afresh on every
/// call (build the cell inside it).
/// </summary>
internal static class GradientCheck
{
    /// <summary>
    /// The relative error's floor. The tests' gradients are of order 1, and central differences
    /// cannot resolve an entry better than their round-off, about ε·|L|/h ≈ 5e-11 here: an entry of
    /// −8.84e-7 (LSTM step, DWeightHh[1, 2]) reads −8.8398e-7, a relative error of 1.9e-5 with
    /// FiniteDifferences' default floor of 1e-8. With this floor every entry above 5e-3 is still
    /// held to a relative 1e-7, and every smaller one to an absolute 1e-9.
    /// </summary>
    public const double Floor = 1e-2;

    public static void ShouldMatch(Matrix<double> analytic, Func<double> loss, Matrix<double> wrt, string what)
    {
        analytic.Should().NotBeNull($"{what} must be computed");
        (analytic.RowCount, analytic.ColumnCount).Should().Be((wrt.RowCount, wrt.ColumnCount),
            $"{what} must have the shape of what it is the gradient of");
        var numeric = FiniteDifferences.Gradient(loss, wrt);
        var error = FiniteDifferences.RelativeError(analytic, numeric, Floor);
        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck,
            $"{what} must match central finite differences (largest relative error {error:E2}; docs/03-gru-lstm.md#hints)");
    }

    public static void ShouldMatch(Vector<double> analytic, Func<double> loss, Vector<double> wrt, string what)
    {
        analytic.Should().NotBeNull($"{what} must be computed");
        analytic.Count.Should().Be(wrt.Count, $"{what} must have the length of what it is the gradient of");
        var numeric = FiniteDifferences.Gradient(loss, wrt);
        var error = FiniteDifferences.RelativeError(analytic, numeric, Floor);
        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck,
            $"{what} must match central finite differences (largest relative error {error:E2}; docs/03-gru-lstm.md#hints)");
    }

    /// <summary>All four parameter gradients.</summary>
    public static void ParametersShouldMatch(ParameterGradients analytic, Func<double> loss, GateParameters parameters, string what)
    {
        analytic.Should().NotBeNull($"{what}: the parameter gradients must be computed");
        ShouldMatch(analytic.DWeightIh, loss, parameters.WeightIh, $"{what}: DWeightIh");
        ShouldMatch(analytic.DWeightHh, loss, parameters.WeightHh, $"{what}: DWeightHh");
        ShouldMatch(analytic.DBiasIh, loss, parameters.BiasIh, $"{what}: DBiasIh");
        ShouldMatch(analytic.DBiasHh, loss, parameters.BiasHh, $"{what}: DBiasHh");
    }

    /// <summary>One gradient per time step, each against the nudged input of that step.</summary>
    public static void SequenceShouldMatch(IReadOnlyList<Matrix<double>> analytic, Func<double> loss, IReadOnlyList<Matrix<double>> wrt, string what)
    {
        analytic.Should().NotBeNull($"{what} must be computed").And.HaveCount(wrt.Count, $"{what} needs one gradient per time step");
        for (var t = 0; t < wrt.Count; t++)
            ShouldMatch(analytic[t], loss, wrt[t], $"{what}[{t}]");
    }
}
