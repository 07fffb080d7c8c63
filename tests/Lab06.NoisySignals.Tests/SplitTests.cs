namespace RnnKata.Lab06.Tests;

/// <summary>Task 4: the chronological split, past for training and future for testing.</summary>
[TestFixture]
[KataTask(4)]
public class SplitTests
{
    private static readonly double[] Series = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0];

    [Test]
    public void The_first_values_train_and_the_rest_test_in_their_order()
    {
        var split = ChronologicalSplit.AtCount(Series, 7);

        split.Train.Should().Equal([5.0, 3, 8, 1, 9, 2, 7], "the past, in order, never shuffled");
        split.Test.Should().Equal([4.0, 6, 0], "the future, in order");
    }

    [Test]
    public void The_lectures_split_is_800_and_200()
    {
        var split = ChronologicalSplit.AtCount(LectureSeries.Noisy(seed: 1), LectureSeries.TrainLength);

        (split.Train.Length, split.Test.Length).Should().Be((800, 200));
    }

    [TestCase(0.8, 8)]
    [TestCase(0.85, 8, TestName = "A fraction rounds the training part down")]
    [TestCase(0.1, 1)]
    public void A_fraction_keeps_the_floor_of_that_share_for_training(double fraction, int expected)
    {
        var split = ChronologicalSplit.AtFraction(Series, fraction);

        split.Train.Should().Equal(Series[..expected]);
        split.Test.Should().Equal(Series[expected..]);
    }

    [Test]
    public void The_split_copies_the_values()
    {
        var series = (double[])Series.Clone();
        var split = ChronologicalSplit.AtCount(series, 5);

        series[0] = 100;
        series[9] = 100;

        (split.Train[0], split.Test[^1]).Should().Be((5.0, 0.0), "the parts are copies: later changes to the series do not reach them");
    }

    [TestCase(0)]
    [TestCase(10)]
    [TestCase(-1)]
    public void A_count_that_leaves_a_part_empty_is_rejected(int count) =>
        ((Action)(() => ChronologicalSplit.AtCount(Series, count))).ShouldRejectArgument("trainCount").Message.Should().Contain("1 … 9");

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(0.05, TestName = "A fraction that leaves no training value is rejected")]
    [TestCase(double.NaN)]
    public void A_fraction_outside_the_open_interval_is_rejected(double fraction) =>
        ((Action)(() => ChronologicalSplit.AtFraction(Series, fraction))).ShouldRejectArgument("trainFraction");

    [Test]
    public void The_messages_give_the_fraction_or_say_a_part_would_be_empty()
    {
        ((Action)(() => ChronologicalSplit.AtFraction(Series, 2.0))).ShouldRejectArgument("trainFraction").OwnMessage().Should().Contain("2");
        ((Action)(() => ChronologicalSplit.AtFraction(Series, 0.05))).ShouldRejectArgument("trainFraction").OwnMessage().Should().ContainEquivalentOf("empty");
    }

    [Test]
    public void A_series_with_NaN_is_rejected_with_its_index() =>
        ((Action)(() => ChronologicalSplit.AtCount([1.0, double.NaN, 3.0], 1))).ShouldRejectArgument("series").Message.Should().Contain("[1]");
}
