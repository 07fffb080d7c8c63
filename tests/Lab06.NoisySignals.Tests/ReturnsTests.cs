namespace RnnKata.Lab06.Tests;

/// <summary>Task 4: log returns from prices and prices back from predicted returns.</summary>
[TestFixture]
[KataTask(4)]
public class ReturnsTests
{
    [Test]
    public void Log_returns_are_the_logs_of_each_days_ratio_to_the_day_before() =>
        Matrices.ShouldBeClose(Returns.FromPrices([100.0, 110.0, 99.0, 99.0]), [Math.Log(1.1), Math.Log(0.9), 0.0],
            "ln(110/100), ln(99/110), ln(99/99): one fewer return than prices");

    [Test]
    public void Next_prices_from_the_true_returns_give_back_tomorrows_prices()
    {
        double[] prices = [50.0, 52.5, 51.0, 60.0, 58.2];
        var returns = Returns.FromPrices(prices);

        var next = Returns.NextPrices(prices[..^1], returns);

        Matrices.ShouldBeClose(next, prices[1..], "p(d)·exp(ln(p(d + 1)/p(d))) = p(d + 1)");
    }

    [Test]
    public void A_zero_return_predicts_tomorrow_equals_today() =>
        Returns.NextPrices([10.0, 20.0], [0.0, 0.0]).Should().Equal([10.0, 20.0], "the naive baseline in returns is r̂ = 0");

    [TestCase(0.0)]
    [TestCase(-5.0)]
    [TestCase(double.NaN)]
    public void A_price_that_is_not_positive_is_rejected_with_its_index(double bad) =>
        ((Action)(() => Returns.FromPrices([1.0, 2.0, bad, 3.0]))).ShouldRejectArgument("prices").Message.Should().Contain("[2]");

    [Test]
    public void One_price_gives_no_return() =>
        ((Action)(() => Returns.FromPrices([1.0]))).ShouldRejectArgument("prices").OwnMessage().Should().Contain("1", "the message says how many prices there are");

    [Test]
    public void Next_prices_need_one_return_per_day() =>
        ((Action)(() => Returns.NextPrices([1.0, 2.0, 3.0], [0.1, 0.2]))).ShouldRejectArgument("predictedReturns").OwnMessage().Should()
            .Contain("3").And.Contain("2", "the message gives both lengths");

    [Test]
    public void Next_prices_for_no_day_are_rejected() =>
        ((Action)(() => Returns.NextPrices([], []))).ShouldRejectArgument("today").OwnMessage().Should().ContainEquivalentOf("empty");

    [Test]
    public void A_predicted_return_that_is_not_finite_is_rejected() =>
        ((Action)(() => Returns.NextPrices([1.0, 2.0], [0.1, double.PositiveInfinity]))).ShouldRejectArgument("predictedReturns").Message.Should().Contain("[1]");
}
