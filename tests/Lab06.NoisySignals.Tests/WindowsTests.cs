using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06.Tests;

/// <summary>Task 1: windows of T values and the value after them, without padding, and the two ways a layer can read them.</summary>
[TestFixture]
[KataTask(1)]
public class WindowsTests
{
    private static readonly double[] Series = [10, 11, 12, 13, 14, 15, 16];

    [Test]
    public void Each_row_holds_T_consecutive_values_and_its_target_is_the_value_right_after()
    {
        var windows = SeriesWindows.Sliding(Series, 4);

        windows.Inputs.Should().Be(Matrix<double>.Build.DenseOfArray(new double[,] { { 10, 11, 12, 13 }, { 11, 12, 13, 14 }, { 12, 13, 14, 15 } }),
            "row i is series[i] … series[i + T − 1]");
        windows.Targets.Should().Be(Matrix<double>.Build.DenseOfArray(new double[,] { { 14 }, { 15 }, { 16 } }), "target i is series[i + T]");
    }

    [Test]
    public void N_values_give_N_minus_T_windows_and_the_last_target_is_the_last_real_value()
    {
        var windows = SeriesWindows.Sliding(LectureSeries.Noisy(LectureSeries.TrainLength, seed: 3), LectureSeries.Steps);

        windows.Count.Should().Be(796, "800 values, windows of 4: no padding, so 796 windows (the lecture's padding makes 800)");
        windows.Targets[795, 0].Should().Be(LectureSeries.Noisy(LectureSeries.TrainLength, seed: 3)[799], "the last target is the series' last value, not a copy made up by padding");
    }

    [Test]
    public void A_window_length_plus_one_values_give_exactly_one_window()
    {
        var windows = SeriesWindows.Sliding([1.0, 2.0, 3.0], 2);

        windows.Count.Should().Be(1);
        windows.Targets[0, 0].Should().Be(3);
    }

    [Test]
    public void Steps_of_one_value_give_T_column_matrices_in_time_order()
    {
        var windows = SeriesWindows.Sliding(Series, 4).Inputs;

        var sequence = SeriesWindows.AsSequence(windows, WindowLayout.StepsOfOneValue);

        sequence.Should().HaveCount(4, "one step per value of the window");
        for (int t = 0; t < 4; t++)
            sequence[t].Should().Be(windows.SubMatrix(0, 3, t, 1), $"step {t} is column {t}: value t of every window");
    }

    [Test]
    public void The_lectures_shape_is_one_step_holding_the_whole_window()
    {
        var windows = SeriesWindows.Sliding(Series, 4).Inputs;

        var sequence = SeriesWindows.AsSequence(windows, WindowLayout.OneStepOfAllValues);

        sequence.Should().HaveCount(1, "reshape(N, 1, step): one time step, so the recurrence never runs");
        sequence[0].Should().Be(windows, "that one step carries all T values as features");
    }
}
