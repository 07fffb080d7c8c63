using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab01;

namespace RnnKata.Given.Tests;

/// <summary>Lab 1's given weights record (its checks are given code, not the student's exercise).</summary>
[TestFixture]
public class RnnWeightsTests
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;

    [Test]
    public void Seeded_weights_have_the_lab_shapes_and_a_zero_bias()
    {
        var weights = RnnWeights.Seeded();

        (weights.Inputs, weights.Neurons).Should().Be((3, 5));
        weights.Wy.RowCount.Should().Be(5);
        weights.Wy.ColumnCount.Should().Be(5);
        weights.B.Should().OnlyContain(v => v == 0);
    }

    [Test]
    public void A_recurrent_matrix_that_is_not_neurons_by_neurons_is_rejected()
    {
        Action act = () => new RnnWeights(M.Dense(3, 5), M.Dense(5, 4), Vector<double>.Build.Dense(5));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "wy").WithMessage("*5×5*");
    }

    [Test]
    public void A_bias_of_the_wrong_length_is_rejected()
    {
        Action act = () => new RnnWeights(M.Dense(3, 5), M.Dense(5, 5), Vector<double>.Build.Dense(3));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "b").WithMessage("*length 5*");
    }

    [TestCase("wx", double.NaN)]
    [TestCase("wy", double.NaN)]
    [TestCase("wy", double.PositiveInfinity)]
    [TestCase("b", double.NaN)]
    [TestCase("b", double.NegativeInfinity)]
    public void A_weight_that_is_not_finite_is_rejected_naming_its_argument(string argument, double bad)
    {
        var (wx, wy, b) = (M.Dense(3, 5), M.Dense(5, 5), Vector<double>.Build.Dense(5));
        switch (argument)
        {
            case "wx": wx[2, 4] = bad; break;
            case "wy": wy[1, 3] = bad; break;
            default: b[2] = bad; break;
        }

        Action act = () => new RnnWeights(wx, wy, b);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == argument).WithMessage("*finite*");
    }
}
