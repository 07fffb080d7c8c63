using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.TestSupport.Tests;

/// <summary>ShouldBeClose holds every entry to |a − e| ≤ tol·max(1, |e|): absolute up to 1, relative beyond.</summary>
public class MatricesTests
{
    private static Matrix<double> M(double[,] entries) => Matrix<double>.Build.DenseOfArray(entries);

    private static Matrix<double> WithEntry(double value, double shift) => M(new[,] { { 0.25, -0.5 }, { value + shift, 0.75 } });

    [TestCase(0.5)]
    [TestCase(-1.0)]
    public void Difference_just_below_the_tolerance_passes_for_entries_up_to_one(double entry)
    {
        Action check = () => Matrices.ShouldBeClose(WithEntry(entry, 0.9 * Tolerance.ClosedForm), WithEntry(entry, 0), "entry");

        check.Should().NotThrow();
    }

    [TestCase(0.5)]
    [TestCase(-1.0)]
    public void Difference_just_above_the_tolerance_fails_and_names_the_entry(double entry)
    {
        Action check = () => Matrices.ShouldBeClose(WithEntry(entry, 1.1 * Tolerance.ClosedForm), WithEntry(entry, 0), "the entry");

        check.Should().Throw<AssertionException>().WithMessage("*the entry (row 1, column 0)*");
    }

    [Test]
    public void Entries_above_one_are_held_relative_to_their_size()
    {
        const double big = -1000.0;

        Action within = () => Matrices.ShouldBeClose(WithEntry(big, 0.9 * Tolerance.ClosedForm * 1000), WithEntry(big, 0), "big entry");
        Action beyond = () => Matrices.ShouldBeClose(WithEntry(big, 1.1 * Tolerance.ClosedForm * 1000), WithEntry(big, 0), "big entry");

        within.Should().NotThrow("1000 · 1e-12 is allowed for an entry of size 1000");
        beyond.Should().Throw<AssertionException>();
    }

    [Test]
    public void A_named_tolerance_replaces_the_closed_form_one()
    {
        double[] expected = [0.1, 2.0];

        Action within = () => Matrices.ShouldBeClose([0.1 + 0.9e-6, 2.0 - 1.8e-6], expected, "reference", 1e-6);
        Action beyond = () => Matrices.ShouldBeClose([0.1 + 1.1e-6, 2.0], expected, "reference", 1e-6);

        within.Should().NotThrow();
        beyond.Should().Throw<AssertionException>().WithMessage("*reference (entry 0)*");
    }

    [Test]
    public void Not_a_number_is_never_close()
    {
        Action check = () => Matrices.ShouldBeClose(WithEntry(double.NaN, 0), WithEntry(0.5, 0), "entry");

        check.Should().Throw<AssertionException>();
    }

    [Test]
    public void A_matrix_of_another_shape_is_named_in_the_message()
    {
        Action rows = () => Matrices.ShouldBeClose(Matrix<double>.Build.Dense(3, 2), Matrix<double>.Build.Dense(2, 2), "h");
        Action columns = () => Matrices.ShouldBeClose(Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(2, 2), "h");

        rows.Should().Throw<AssertionException>().WithMessage("*h: rows*");
        columns.Should().Throw<AssertionException>().WithMessage("*h: columns*");
    }

    [Test]
    public void A_vector_or_sequence_of_another_length_is_named_in_the_message()
    {
        Action vector = () => Matrices.ShouldBeClose(Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(2), "b");
        Action sequence = () => Matrices.ShouldBeClose([M(new double[1, 1])], [M(new double[1, 1]), M(new double[1, 1])], "hs");

        vector.Should().Throw<AssertionException>().WithMessage("*b: length*");
        sequence.Should().Throw<AssertionException>().WithMessage("*hs: one matrix per step*");
    }

    [Test]
    public void A_sequence_names_the_step_that_differs()
    {
        Matrix<double>[] expected = [M(new[,] { { 0.5 } }), M(new[,] { { 0.5 } })];
        Matrix<double>[] actual = [M(new[,] { { 0.5 } }), M(new[,] { { 0.5 + 1e-9 } })];

        Action check = () => Matrices.ShouldBeClose(actual, expected, "hs");

        check.Should().Throw<AssertionException>().WithMessage("*hs, step 1 (row 0, column 0)*");
    }
}
