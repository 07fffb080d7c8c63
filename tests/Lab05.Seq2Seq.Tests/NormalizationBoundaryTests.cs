using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>Task 5 at its edges: data far from 0, and bad steps named in the message (step, entry, shape).</summary>
[TestFixture]
[KataTask(5)]
public class NormalizationBoundaryTests
{
    private static Matrix<double> Column(params double[] values) => Matrix<double>.Build.DenseOfColumnArrays(values);

    private static Matrix<double>[] Steps(int steps) => TinyModels.Steps(steps, 2, 2, seed: 1);

    [Test]
    public void The_deviation_of_inputs_far_from_zero_is_their_spread_alone()
    {
        // Inputs near 1e10 whose mean is not a double: Σ(x − m)² is the spread, while a formula such as Σ(x + m)(x − m),
        // equal on paper, adds 2m·Σ(x − m): the mean's rounding times 2m·N, far larger than the spread (here it goes negative).
        const double offset = 1e10;
        var batch = new Seq2SeqBatch([Column(offset + 0.1, offset + 0.7, offset - 1.3), Column(offset + 2.9, offset + 0.3, offset - 0.6)],
                                     [Column(offset, offset, offset)]);
        // The stored inputs' distances from the offset are exact (Sterbenz): their spread, in small numbers.
        var near = batch.Inputs.SelectMany(x => x.Enumerate()).Select(x => x - offset).ToArray();
        double mean = near.Average(), spread = Math.Sqrt(near.Sum(d => (d - mean) * (d - mean)) / near.Length);

        var normalized = Normalization.Normalize(batch);

        normalized.Mean.Should().BeApproximately(offset + mean, 1e-5);
        normalized.Std.Should().BeApproximately(spread + 1e-4, 1e-9, "the population deviation of the inputs, from their distances to the mean");
    }

    [Test]
    public void An_empty_batch_is_reported_as_having_no_steps()
    {
        ((Action)(() => Normalization.Normalize(new Seq2SeqBatch([], [])))).ShouldRejectArgument("batch").OwnMessage().Should().Contain("step");
    }

    [TestCase("Inputs")]
    [TestCase("Targets")]
    public void A_single_non_finite_entry_is_named_with_its_step(string which)
    {
        var (xs, ys) = (Steps(3), Steps(3));
        var steps = which == "Inputs" ? xs : ys;
        steps[1] = steps[1].Clone();
        steps[1][1, 0] = double.PositiveInfinity;

        ((Action)(() => Normalization.Normalize(new Seq2SeqBatch(xs, ys)))).ShouldRejectArgument("batch").OwnMessage()
            .Should().Contain($"{which}[1]", "the message names the step that holds the infinity");
    }

    [Test]
    public void A_missing_or_misshapen_step_is_named_with_the_shape_it_needs()
    {
        var ys = Steps(2);
        ys[1] = Matrix<double>.Build.Dense(2, 3);
        ((Action)(() => Normalization.Normalize(new Seq2SeqBatch(Steps(2), ys)))).ShouldRejectArgument("batch", "2×2").OwnMessage()
            .Should().Contain("Targets[1]");
        var xs = Steps(2);
        xs[0] = null!;
        ((Action)(() => Normalization.Normalize(new Seq2SeqBatch(xs, Steps(2))))).ShouldRejectArgument("batch").OwnMessage()
            .Should().Contain("Inputs[0]");
    }
}
