using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.TestSupport;

/// <summary>
/// An analytic gradient against central finite differences of the loss (double precision, step
/// <see cref="FiniteDifferences.DefaultStep"/>): the largest relative error
/// <c>|a − n| / max(|a| + |n|, floor)</c>, to be held to <see cref="Tolerance.GradientCheck"/>.
/// The loss closure must read the parameter's current entries: <see cref="FiniteDifferences"/> nudges
/// them in place and restores them.
/// </summary>
/// <remarks>
/// Central differences are only as accurate as the loss can be evaluated: each evaluation of J is off by
/// a few ε·|J| (ε = 2.2e-16), so the numeric gradient carries an absolute error of about ε·|J|/h ≈
/// 2e-11·|J| whatever the entry's size (measured in Labs 2 and 3: up to 7e-10 with |J| ≈ 17; an LSTM
/// entry of −8.84e-7 reads −8.8398e-7). An entry of 1e-4 therefore cannot be checked to a relative 1e-7.
/// The denominator's floor is <see cref="Tolerance.GradientCheckFloorPerUnitLoss"/> × max(1, |J|):
/// entries smaller than that are held to an absolute 1e-9·max(1, |J|), about 50 times the noise and far
/// below any mistake in a backward pass; larger entries to the relative 1e-7.
/// </remarks>
public static class GradientComparison
{
    /// <summary>The relative error's floor for a loss of value <paramref name="loss"/>.</summary>
    public static double Floor(double loss) => Tolerance.GradientCheckFloorPerUnitLoss * Math.Max(1, Math.Abs(loss));

    /// <summary>The largest relative error of <paramref name="analytic"/> against central differences, and those differences.</summary>
    public static (double Error, Matrix<double> Numeric) Compare(Matrix<double> analytic, Func<double> loss, Matrix<double> parameter)
    {
        ArgumentNullException.ThrowIfNull(loss);
        var floor = Floor(loss());
        var numeric = FiniteDifferences.Gradient(loss, parameter);
        return (FiniteDifferences.RelativeError(analytic, numeric, floor), numeric);
    }

    /// <summary>The largest relative error of <paramref name="analytic"/> against central differences, and those differences.</summary>
    public static (double Error, Vector<double> Numeric) Compare(Vector<double> analytic, Func<double> loss, Vector<double> parameter)
    {
        ArgumentNullException.ThrowIfNull(loss);
        var floor = Floor(loss());
        var numeric = FiniteDifferences.Gradient(loss, parameter);
        return (FiniteDifferences.RelativeError(analytic, numeric, floor), numeric);
    }
}
