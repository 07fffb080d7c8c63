using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

/// <summary>
/// Analytic gradients against central finite differences through <see cref="GradientComparison"/>
/// (relative error at most <see cref="Tolerance.GradientCheck"/>, with the floor explained there). The
/// loss must read the nudged matrix afresh on every call (build the cell inside it).
/// </summary>
internal static class GradientCheck
{
    public static void ShouldMatch(Matrix<double> analytic, Func<double> loss, Matrix<double> wrt, string what)
    {
        analytic.Should().NotBeNull($"{what} must be computed");
        (analytic.RowCount, analytic.ColumnCount).Should().Be((wrt.RowCount, wrt.ColumnCount),
            $"{what} must have the shape of what it is the gradient of");
        var (error, _) = GradientComparison.Compare(analytic, loss, wrt);
        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck,
            $"{what} must match central finite differences (largest relative error {error:E2}; docs/03-gru-lstm.md#hints)");
    }

    public static void ShouldMatch(Vector<double> analytic, Func<double> loss, Vector<double> wrt, string what)
    {
        analytic.Should().NotBeNull($"{what} must be computed");
        analytic.Count.Should().Be(wrt.Count, $"{what} must have the length of what it is the gradient of");
        var (error, _) = GradientComparison.Compare(analytic, loss, wrt);
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
