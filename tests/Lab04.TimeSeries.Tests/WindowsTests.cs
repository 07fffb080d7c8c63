using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab04.Tests;

/// <summary>Task 1 and Task 2: sampled series, sliding windows and random shifted windows.</summary>
[TestFixture]
public class WindowsTests
{
    // The seed prints t0 with 9 significant digits (±5e-8); |f′| ≤ 13 near t0, so its values can be off by 7e-7.
    private const double SeedPrintTolerance = 1e-6;

    [Test]
    [KataTask(2)]
    public void Shifted_windows_start_with_the_seeds_printed_batch()
    {
        var batch = Windows.Shifted(Comp3222.Value, [10.4871233], Comp3222.Resolution, Comp3222.Steps);

        batch.Inputs.RowCount.Should().Be(1);
        batch.Inputs.ColumnCount.Should().Be(20, "COMP3222's windows hold n_steps = 20 values");
        batch.Inputs.Row(0).Take(3).Should().Equal([-1.40208096, -2.33035999, -3.4513234], (a, e) => Math.Abs(a - e) < SeedPrintTolerance,
            "the COMP3222 seed prints X_batch for t0 = 10.4871233 starting -1.40208096, -2.33035999, -3.4513234");
        batch.Targets.Row(0).Take(3).Should().Equal([-2.33035999, -3.4513234, -4.52641909], (a, e) => Math.Abs(a - e) < SeedPrintTolerance,
            "the targets are the inputs shifted one step into the future");
        batch.Targets[0, 19].Should().BeApproximately(-1.10140997, SeedPrintTolerance, "the seed's last target");
    }

    [Test]
    [KataTask(2)]
    public void Shifted_targets_are_the_inputs_one_step_later()
    {
        var batch = Windows.Shifted(t => t * t, [0.0, 1.5], 0.5, 3);

        batch.Inputs.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 0, 0.25, 1 }, { 2.25, 4, 6.25 } }));
        batch.Targets.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 0.25, 1, 2.25 }, { 4, 6.25, 9 } }));
    }

    [Test]
    [KataTask(2)]
    public void Random_windows_start_where_the_seeds_formula_puts_them()
    {
        // f(t) = t makes every value its own time. The series runs from 2 to 12; windows of 4 steps of 0.5.
        var source = new RandomWindowSource(t => t, 2, 12, 0.5, 4);
        var replay = new Random(11);
        var expectedStarts = Enumerable.Range(0, 5).Select(_ => 2 + replay.NextDouble() * (12 - 2 - 4 * 0.5)).ToArray();

        var batch = Windows.Random(source, 5, new Random(11));

        batch.Inputs.Column(0).Should().Equal(expectedStarts, (a, e) => Math.Abs(a - e) < 1e-12,
            "window b starts at TMin + u_b·(TMax − TMin − n·resolution), one NextDouble per window in order");
        batch.Targets.Column(3).Should().Equal(expectedStarts.Select(t0 => t0 + 4 * 0.5), (a, e) => Math.Abs(a - e) < 1e-12);
    }

    [Test]
    [KataTask(2)]
    public void Random_windows_never_run_past_the_end_of_the_series()
    {
        var source = new RandomWindowSource(t => t, 2, 12, 0.5, 4);

        var batch = Windows.Random(source, 500, new Random(3));

        batch.Inputs.Column(0).Min().Should().BeGreaterThanOrEqualTo(2, "no window starts before TMin");
        batch.Targets.Column(3).Max().Should().BeLessThanOrEqualTo(12, "the last target of a window is at most TMax");
        batch.Inputs.Column(0).Max().Should().BeGreaterThan(9.5, "starts spread over the whole range [TMin, TMax − n·resolution)");
    }

    [Test]
    [KataTask(1)]
    public void Sampling_computes_each_time_from_its_index()
    {
        var values = Windows.Sample(t => t, 0, 0.1, 301);

        values.Should().HaveCount(301);
        values.Should().Equal(Enumerable.Range(0, 301).Select(k => k * 0.1),
            "t_k = start + k·gap exactly: adding 0.1 up 300 times drifts away from 300·0.1");
    }

    [Test]
    [KataTask(1)]
    public void Sliding_windows_pair_n_values_with_the_next()
    {
        var batch = Windows.Sliding([0, 1, 4, 9, 16, 25], 3);

        batch.Inputs.Should().Be(Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1, 4 }, { 1, 4, 9 }, { 4, 9, 16 } }));
        batch.Targets.Should().Be(Matrix<double>.Build.DenseOfArray(new double[,] { { 9 }, { 16 }, { 25 } }));
    }

    [Test]
    [KataTask(1)]
    public void Sliding_windows_of_the_gru_blog_have_the_seeds_shapes()
    {
        var train = Windows.Sliding(Windows.Sample(Math.Sin, 0, 0.01, 10000), 5);

        (train.Inputs.RowCount, train.Inputs.ColumnCount).Should().Be((9995, 5), "the GRU blog prints train_x : (9995, 5)");
        (train.Targets.RowCount, train.Targets.ColumnCount).Should().Be((9995, 1), "and train_y : (9995,)");
        train.Targets[9994, 0].Should().Be(Math.Sin(9999 * 0.01));
    }
}
