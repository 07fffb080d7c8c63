using RnnKata.TestSupport;

namespace RnnKata.Lab01.Tests;

/// <summary>
/// Task 3 asks <c>Unroll</c> to check first that <c>x1</c> has the shape of <c>x0</c>. A version that
/// leaves the check to <c>SecondStep</c> gives the same error when only <c>x1</c> is wrong, so these
/// tests make <c>x0</c> wrong too: the first step must not have run yet.
/// </summary>
[TestFixture]
[KataTask(3)]
public class UnrollCheckOrderTests
{
    [Test]
    public void Unroll_checks_the_shape_of_x1_before_the_first_step_reads_x0()
    {
        var x0 = SeedBatch.X0;
        x0[0, 0] = double.NaN; // FirstStep would reject this, naming x0
        var x1 = SeedBatch.X1.SubMatrix(0, 2, 0, 3);

        Action act = () => TwoStepRnn.Unroll(x0, x1, RnnWeights.Seeded());

        act.ShouldRejectArgument("x1", expectedShape: "4×3");
    }
}
