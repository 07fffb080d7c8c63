using System.Runtime.CompilerServices;

using RnnKata.Lab06;
using RnnKata.TestSupport;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 6's given synthetic prices (Given/SyntheticPrices.cs) and the file the lab ships (exercises/Lab06.NoisySignals/Data/synthetic-gbm.csv): the loader reads them back
/// to the generator's values, and the generator draws what it says it draws. A local run with
/// <c>RNNKATA_ACCEPT_SNAPSHOTS=1</c> rewrites the file from the generator.
/// </summary>
[TestFixture]
public class Lab06GivenSyntheticPricesTests
{
    [Test]
    public void The_shipped_file_reads_back_to_the_generators_values()
    {
        var generated = SyntheticPrices.Shipped();
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", SyntheticPrices.ShippedFileName);
        if (Environment.GetEnvironmentVariable(PlotSnapshot.AcceptVariable) == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            var source = ShippedSource();
            File.WriteAllLines(source, PriceCsv.Write(generated, SyntheticPrices.ShippedComment));
            Assert.Inconclusive($"Wrote {source}; run again without {PlotSnapshot.AcceptVariable} to check it.");
        }

        var shipped = PriceCsv.Parse(File.ReadAllLines(path), SyntheticPrices.ShippedFileName);

        File.ReadLines(path).First().Should().Contain("SYNTHETIC", "the file says it is not a real stock");
        shipped.Dates.Should().Equal(generated.Dates);
        shipped.Closes.Should().Equal(generated.Closes, "the file holds the generator's values exactly (round-trip format)");
    }

    // The checked-in file, found from this source file's place in the repository (only for rewriting it).
    private static string ShippedSource([CallerFilePath] string testFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "../../exercises/Lab06.NoisySignals/Data", SyntheticPrices.ShippedFileName));

    [Test]
    public void The_synthetic_days_are_weekdays_in_order()
    {
        var dates = SyntheticPrices.Shipped().Dates;

        dates.Should().OnlyContain(d => d.DayOfWeek != DayOfWeek.Saturday && d.DayOfWeek != DayOfWeek.Sunday);
        dates.Zip(dates.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Should().OnlyContain(gap => gap == 1 || gap == 3, "Monday to Friday, then a weekend");
    }

    [Test]
    public void The_log_returns_have_the_drift_and_volatility_of_the_motion()
    {
        // 20 000 daily log returns of μ = 0.1, σ = 0.3: their standard deviation is σ·√(1/252) ≈ 0.0189 within about
        // 0.5 % (standard error σ/√(2n)); 3 % leaves six standard errors and still catches σ per year used per day (×15.9).
        var prices = SyntheticPrices.Gbm(20_001, 100, 0.1, 0.3, seed: 9).Closes;
        var returns = prices.Zip(prices.Skip(1), (a, b) => Math.Log(b / a)).ToArray();
        double mean = returns.Average(), sd = Math.Sqrt(returns.Select(r => (r - mean) * (r - mean)).Average());

        sd.Should().BeApproximately(0.3 * Math.Sqrt(1.0 / 252), 0.03 * 0.3 * Math.Sqrt(1.0 / 252));
        // The mean (μ − σ²/2)/252 ≈ 2.2e-4 has a standard error of 1.3e-4: only its order is checked.
        mean.Should().BeInRange(-3e-4, 7e-4);
    }

    [Test]
    public void The_same_seed_gives_the_same_prices() =>
        SyntheticPrices.Gbm(50, 10, 0.05, 0.2, seed: 3).Closes.Should().Equal(SyntheticPrices.Gbm(50, 10, 0.05, 0.2, seed: 3).Closes);

    [TestCase(0, 100.0, 0.0, 0.2, "days")]
    [TestCase(10, 0.0, 0.0, 0.2, "start")]
    [TestCase(10, 100.0, double.NaN, 0.2, "drift")]
    [TestCase(10, 100.0, 0.0, -0.1, "volatility")]
    public void Out_of_range_arguments_are_rejected_by_name(int days, double start, double drift, double volatility, string name) =>
        FluentActions.Invoking(() => SyntheticPrices.Gbm(days, start, drift, volatility, seed: 1))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(name);
}
