using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>Task 3: the seed's loss, the per-element MSE and the L2 term, worked by hand.</summary>
[TestFixture]
[KataTask(3)]
public class LossTests
{
    private static Matrix<double> Row(params double[] values) => Matrix<double>.Build.DenseOfRowArrays(values);

    // Errors ŷ − y: step 0 (0.5, 0), step 1 (−1, −2).
    private static readonly Matrix<double>[] Predictions = [Row(1, 2), Row(0, -1)];
    private static readonly Matrix<double>[] Targets = [Row(0.5, 2), Row(1, 1)];

    [Test]
    public void Half_sum_of_squares_matches_a_hand_computation()
    {
        var loss = SeedLoss.HalfSumOfSquares(Predictions, Targets);

        loss.Value.Should().BeApproximately(2.625, Tolerance.ClosedForm, "½(0.25 + 0 + 1 + 4) = 2.625");
        Matrices.ShouldBeClose(loss.Gradients, [Row(0.5, 0), Row(-1, -2)], "∂/∂ŷ = ŷ − y");
    }

    [Test]
    public void The_seeds_loss_grows_with_the_batch_and_the_mean_squared_error_does_not()
    {
        var doubled = Predictions.Select(p => p.Stack(p)).ToArray();
        var doubledTargets = Targets.Select(y => y.Stack(y)).ToArray();

        SeedLoss.HalfSumOfSquares(doubled, doubledTargets).Value.Should().BeApproximately(5.25, Tolerance.ClosedForm, "the same rows twice: twice ½Σ");
        SeedLoss.MeanSquaredError(Predictions, Targets).Should().BeApproximately(1.3125, Tolerance.ClosedForm, "(0.25 + 0 + 1 + 4)/4");
        SeedLoss.MeanSquaredError(doubled, doubledTargets).Should().BeApproximately(1.3125, Tolerance.ClosedForm, "a mean does not grow with the batch");
    }

    [Test]
    public void The_l2_term_covers_only_the_masked_parameters()
    {
        var theta = Vector<double>.Build.DenseOfArray([1, -2, 3, 0.5]);
        var mask = Vector<double>.Build.DenseOfArray([1, 0, 1, 1]);

        var penalty = SeedLoss.L2Penalty(theta, mask, 0.1);

        penalty.Value.Should().BeApproximately(0.5125, Tolerance.ClosedForm, "0.1·½(1 + 9 + 0.25)");
        Matrices.ShouldBeClose(penalty.Gradient, Vector<double>.Build.DenseOfArray([0.1, 0, 0.3, 0.05]), "λ·w where covered, 0 elsewhere");
    }
}
