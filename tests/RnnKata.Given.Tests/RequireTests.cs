using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Given.Tests;

[TestFixture]
public class RequireTests
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;

    [Test]
    public void Shape_names_the_argument_and_both_shapes()
    {
        Action act = () => Require.Shape(M.Dense(3, 3), 4, 3, "x1");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "x1")
            .WithMessage("x1 must be 4×3 but is 3×3.*");
    }

    [Test]
    public void Columns_accepts_any_number_of_rows()
    {
        Require.Columns(M.Dense(1, 3), 3, "x0", "one column per input");
        Require.Columns(M.Dense(9, 3), 3, "x0", "one column per input");
    }

    [Test]
    public void Columns_says_what_a_column_means()
    {
        Action act = () => Require.Columns(M.Dense(4, 2), 3, "x0", "one column per input");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "x0")
            .WithMessage("x0 must be batch×3 (one column per input) but is 4×2.*");
    }

    [Test]
    public void WeightColumns_counts_columns_without_calling_the_rows_a_batch()
    {
        Action act = () => Require.WeightColumns(M.Dense(2, 3), 4, "v", "one column per hidden unit");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "v")
            .WithMessage("v must have 4 columns (one column per hidden unit) but is 2×3.*");
        FluentActions.Invoking(() => Require.WeightColumns(M.Dense(7, 4), 4, "v", "one column per hidden unit")).Should().NotThrow();
    }

    [TestCase(double.NaN)]
    [TestCase(double.NegativeInfinity)]
    public void Finite_points_at_the_bad_entry(double bad)
    {
        var m = M.Dense(2, 2);
        m[1, 0] = bad;

        Action act = () => Require.Finite(m, "y0");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "y0")
            .WithMessage("*row 1, column 0*finite*");
    }

    [Test]
    public void A_missing_matrix_is_an_ArgumentNullException_naming_it()
    {
        Action act = () => Require.Shape(null, 1, 1, "x0");

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "x0");
    }

    [Test]
    public void Length_names_the_vector()
    {
        Action act = () => Require.Length(Vector<double>.Build.Dense(4), 5, "b");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "b").WithMessage("b must have length 5 but has length 4.*");
    }
}
