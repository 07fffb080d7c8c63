using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>Task 3 at its edges: λ = 0 is allowed, one bad mask entry or target entry is enough, and messages say what is wrong.</summary>
[TestFixture]
[KataTask(3)]
public class SeedLossBoundaryTests
{
    private static Matrix<double>[] Steps(int steps) => TinyModels.Steps(steps, 2, 2, seed: 1);

    [Test]
    public void A_lambda_of_zero_gives_no_penalty()
    {
        var theta = Vector<double>.Build.DenseOfArray([1.5, -2, 3]);

        var penalty = SeedLoss.L2Penalty(theta, Vector<double>.Build.Dense(3, 1), 0);

        penalty.Value.Should().Be(0);
        penalty.Gradient.Enumerate().Should().OnlyContain(g => g == 0);
    }

    [Test]
    public void One_mask_entry_other_than_zero_or_one_is_rejected()
    {
        var mask = Vector<double>.Build.DenseOfArray([1, 0, 0.5]);
        ((Action)(() => SeedLoss.L2Penalty(Vector<double>.Build.Dense(3, 1), mask, 0.1))).ShouldRejectArgument("mask").OwnMessage()
            .Should().Contain("0").And.Contain("1");
    }

    [Test]
    public void A_negative_lambda_is_reported_with_its_bound()
    {
        ((Action)(() => SeedLoss.L2Penalty(Vector<double>.Build.Dense(3, 1), Vector<double>.Build.Dense(3, 1), -0.1)))
            .ShouldRejectArgument("lambda").Should().BeOfType<ArgumentOutOfRangeException>().Which.OwnMessage().Should().Contain("0");
    }

    [Test]
    public void Missing_or_extra_steps_are_reported_with_both_counts()
    {
        ((Action)(() => SeedLoss.HalfSumOfSquares([], []))).ShouldRejectArgument("predictions").OwnMessage().Should().Contain("step");
        ((Action)(() => SeedLoss.HalfSumOfSquares(Steps(3), Steps(2)))).ShouldRejectArgument("targets").OwnMessage()
            .Should().Contain("3").And.Contain("2");
    }

    [Test]
    public void A_non_finite_target_is_named_with_its_step()
    {
        var ys = Steps(3);
        ys[1] = ys[1].Clone();
        ys[1][0, 1] = double.NaN;

        ((Action)(() => SeedLoss.HalfSumOfSquares(Steps(3), ys))).ShouldRejectArgument("targets[1]");
        ((Action)(() => SeedLoss.MeanSquaredError(Steps(3), ys))).ShouldRejectArgument("targets[1]");
    }
}
