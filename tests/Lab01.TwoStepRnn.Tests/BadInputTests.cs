using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab01.Tests;

[TestFixture]
public class BadInputTests
{
    private static readonly RnnWeights Seeded = RnnWeights.Seeded();
    private static MatrixBuilder<double> M => Matrix<double>.Build;

    [Test]
    [KataTask(1)]
    public void First_step_rejects_x0_without_one_column_per_input()
    {
        Action act = () => TwoStepRnn.FirstStep(M.Dense(4, 2), Seeded);

        act.ShouldRejectArgument("x0", expectedShape: "×3");
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [KataTask(1)]
    public void First_step_rejects_x0_that_is_not_finite(double bad)
    {
        var x0 = SeedBatch.X0;
        x0[3, 2] = bad;
        Action act = () => TwoStepRnn.FirstStep(x0, Seeded);

        act.ShouldRejectArgument("x0");
    }

    [Test]
    [KataTask(2)]
    public void Second_step_rejects_y0_without_one_column_per_neuron()
    {
        Action act = () => TwoStepRnn.SecondStep(M.Dense(4, 4), SeedBatch.X1, Seeded);

        act.ShouldRejectArgument("y0", expectedShape: "×5");
    }

    [Test]
    [KataTask(2)]
    public void Second_step_rejects_x1_whose_batch_differs_from_y0()
    {
        Action act = () => TwoStepRnn.SecondStep(M.Dense(4, 5), M.Dense(3, 3), Seeded);

        act.ShouldRejectArgument("x1", expectedShape: "4×3");
    }

    [Test]
    [KataTask(2)]
    public void Second_step_rejects_NaN_in_y0()
    {
        var y0 = M.Dense(4, 5);
        y0[0, 0] = double.NaN;
        Action act = () => TwoStepRnn.SecondStep(y0, SeedBatch.X1, Seeded);

        act.ShouldRejectArgument("y0");
    }

    [Test]
    [KataTask(3)]
    public void Unroll_rejects_x1_with_another_shape_than_x0()
    {
        Action act = () => TwoStepRnn.Unroll(SeedBatch.X0, M.Dense(2, 3), Seeded);

        act.ShouldRejectArgument("x1", expectedShape: "4×3");
    }

    [Test]
    [KataTask(3)]
    public void Unroll_rejects_NaN_in_x1()
    {
        var x1 = SeedBatch.X1;
        x1[1, 1] = double.NaN;
        Action act = () => TwoStepRnn.Unroll(SeedBatch.X0, x1, Seeded);

        act.ShouldRejectArgument("x1");
    }
}
