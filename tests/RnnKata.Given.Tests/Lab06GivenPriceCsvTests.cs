using RnnKata.Lab06;
using RnnKata.TestSupport;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 6's given CSV loader (exercises/Lab06.NoisySignals/Given/PriceCsv.cs): a header is detected, weekends and holidays are gaps, not errors, and every malformed file
/// gets a <see cref="FormatException"/> naming the source and the line.
/// </summary>
[TestFixture]
public class Lab06GivenPriceCsvTests
{
    private static PriceSeries Parse(params string[] lines) => PriceCsv.Parse(lines, "prices.csv");

    [Test]
    public void A_file_without_header_reads_date_then_close()
    {
        var series = Parse("2024-01-05,101.5", "2024-01-08,99.25");

        series.Dates.Should().Equal(new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 8));
        series.Closes.Should().Equal(101.5, 99.25);
    }

    [Test]
    public void A_header_is_detected_and_its_Date_and_Close_columns_are_read()
    {
        // Yahoo Finance's column order: Close is not the second column.
        var series = Parse("Date,Open,High,Low,Close,Adj Close,Volume", "2024-01-02,1,2,0.5,1.5,1.4,100", "2024-01-03,1,2,0.5,1.75,1.6,90");

        series.Closes.Should().Equal(1.5, 1.75);
    }

    [Test]
    public void Comments_blank_lines_and_weekend_gaps_are_not_errors()
    {
        var series = Parse("# synthetic", "", "Date,Close", "2024-03-29,10", "2024-04-01,11", "  ", "2024-04-02,12");

        series.Count.Should().Be(3, "Friday 29 March to Monday 1 April is a weekend (and a holiday), not a missing row");
    }

    [Test]
    public void Write_then_parse_gives_the_series_back()
    {
        var series = new PriceSeries([new DateOnly(2020, 2, 28), new DateOnly(2020, 3, 2)], [0.1 + 0.2, 1e-7]);

        var back = PriceCsv.Parse(PriceCsv.Write(series, "two days"), "written");

        back.Dates.Should().Equal(series.Dates);
        back.Closes.Should().Equal(series.Closes, "prices are written round-trip exact");
    }

    private static IEnumerable<TestCaseData> Malformed()
    {
        yield return Case("a row with too few fields", 3, "field", "Date,Close", "2024-01-02,10", "2024-01-03");
        yield return Case("a date that does not parse", 2, "03/01/2024", "2024-01-02,10", "03/01/2024,11");
        yield return Case("a price that does not parse", 3, "ten", "Date,Close", "2024-01-02,10", "2024-01-03,ten");
        yield return Case("a missing price", 2, "missing", "2024-01-02,10", "2024-01-03,");
        yield return Case("Yahoo's null price", 3, "missing", "Date,Close", "2024-01-02,10", "2024-01-03,null");
        yield return Case("a zero price", 4, "positive", "# comment", "Date,Close", "2024-01-02,10", "2024-01-03,0");
        yield return Case("a negative price", 2, "positive", "2024-01-02,10", "2024-01-03,-4");
        yield return Case("unsorted dates", 3, "sorted", "2024-01-02,10", "2024-01-04,11", "2024-01-03,12");
        yield return Case("a duplicate date", 3, "twice", "2024-01-02,10", "2024-01-03,11", "2024-01-03,12");
        yield return Case("a header without a Close column", 1, "Close", "Date,Open", "2024-01-02,10");

        static TestCaseData Case(string name, int line, string problem, params string[] lines) =>
            new TestCaseData(lines, line, problem).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(Malformed))]
    public void A_malformed_file_is_rejected_naming_the_line_and_the_problem(string[] lines, int line, string problem)
    {
        Action act = () => Parse(lines);

        act.Should().Throw<FormatException>().Which.Message.Should().StartWith($"prices.csv, line {line}:").And.Contain(problem);
    }

    [Test]
    public void A_file_without_rows_is_rejected() =>
        ((Action)(() => Parse("# nothing", "Date,Close"))).Should().Throw<FormatException>().WithMessage("prices.csv: no price rows*");
}
