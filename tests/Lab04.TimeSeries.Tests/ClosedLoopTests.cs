using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab04.Tests;

/// <summary>Task 7: closed-loop generation with models whose output is a known function of the window.</summary>
[TestFixture]
[KataTask(7)]
public class ClosedLoopTests
{
    // next = ½·(last value) + (first value) of the window.
    private static Matrix<double> HalfLastPlusFirst(Matrix<double> window) =>
        Matrix<double>.Build.Dense(1, 1, 0.5 * window[0, window.ColumnCount - 1] + window[0, 0]);

    [Test]
    public void Each_prediction_is_fed_back_into_the_window()
    {
        var generated = ClosedLoop.Generate(HalfLastPlusFirst, [1.0, 2.0, 3.0], 3);

        // [1, 2, 3] → 1.5 + 1 = 2.5; [2, 3, 2.5] → 1.25 + 2 = 3.25; [3, 2.5, 3.25] → 1.625 + 3 = 4.625.
        generated.Should().Equal(2.5, 3.25, 4.625);
    }

    [Test]
    public void The_model_always_reads_one_window_of_the_seeds_length()
    {
        var shapes = new List<(int, int)>();
        Matrix<double> Record(Matrix<double> window)
        {
            shapes.Add((window.RowCount, window.ColumnCount));
            return Matrix<double>.Build.Dense(1, 1, window.Row(0).Sum());
        }

        var generated = ClosedLoop.Generate(Record, Enumerable.Repeat(0.05, 20).ToArray(), 300);

        generated.Should().HaveCount(300, "COMP3222 generates 300 values after a seed of 20");
        shapes.Should().HaveCount(300).And.AllBeEquivalentTo((1, 20));
        generated[0].Should().BeApproximately(1.0, 1e-12, "the first window is the seed: 20 · 0.05");
        generated[20].Should().BeApproximately(generated.Take(20).Sum(), 1e-9, "after 20 steps the window holds only generated values");
    }
}
