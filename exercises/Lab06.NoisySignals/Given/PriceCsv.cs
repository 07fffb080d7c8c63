using System.Globalization;

namespace RnnKata.Lab06;

/// <summary>
/// Reads daily closing prices from CSV text (chapter 6, "A stock one day ahead"): a date column (yyyy-MM-dd) and a
/// close column. A header is detected (its first field is not a date); with one, the columns named <c>Date</c> and
/// <c>Close</c> are read (any others, as in a Yahoo Finance download, are ignored), without one the first two. Blank
/// lines and lines starting with <c>#</c> are skipped. Gaps between dates (weekends, holidays) are normal.
/// </summary>
public static class PriceCsv
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Parses <paramref name="lines"/>; <paramref name="source"/> names the text in error messages (a file name).</summary>
    /// <exception cref="FormatException">A row is malformed (too few fields, a date or price that does not parse), a price is
    /// missing or not positive, a date is not later than the one before (unsorted or duplicate), or there is no row at all.
    /// The message names <paramref name="source"/> and the line (from 1).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PriceSeries Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(source);
        var (dates, closes) = (new List<DateOnly>(), new List<double>());
        (int Date, int Close)? columns = null;
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
                continue;
            var fields = line.Split(',').Select(f => f.Trim().Trim('"')).ToArray();
            if (columns is null && !TryDate(fields[0], out _))
            {
                columns = Header(fields, source, number);
                continue;
            }
            columns ??= (0, 1);
            var (date, close) = Row(fields, columns.Value, source, number);
            if (dates.Count > 0 && date <= dates[^1])
                throw Error(source, number, date == dates[^1]
                    ? $"the date {date:yyyy-MM-dd} appears twice"
                    : $"the date {date:yyyy-MM-dd} comes after {dates[^1]:yyyy-MM-dd}: the rows must be sorted by date, oldest first");
            dates.Add(date);
            closes.Add(close);
        }
        if (dates.Count == 0)
            throw new FormatException($"{source}: no price rows (expected lines such as '2024-01-02,101.5').");
        return new PriceSeries(dates.ToArray(), closes.ToArray());
    }

    /// <summary>The CSV lines of <paramref name="series"/>: a <c># comment</c> line, the header <c>Date,Close</c>, one row per day.</summary>
    public static IEnumerable<string> Write(PriceSeries series, string comment)
    {
        ArgumentNullException.ThrowIfNull(series);
        yield return "# " + comment;
        yield return "Date,Close";
        for (int i = 0; i < series.Count; i++)
            yield return $"{series.Dates[i].ToString(DateFormat, CultureInfo.InvariantCulture)},{series.Closes[i].ToString("R", CultureInfo.InvariantCulture)}";
    }

    private static (int Date, int Close) Header(string[] fields, string source, int number)
    {
        int date = Array.FindIndex(fields, f => f.Equals("Date", StringComparison.OrdinalIgnoreCase));
        int close = Array.FindIndex(fields, f => f.Equals("Close", StringComparison.OrdinalIgnoreCase));
        if (date < 0 || close < 0)
            throw Error(source, number, $"the header '{string.Join(',', fields)}' needs a 'Date' and a 'Close' column");
        return (date, close);
    }

    private static (DateOnly Date, double Close) Row(string[] fields, (int Date, int Close) columns, string source, int number)
    {
        if (fields.Length <= Math.Max(columns.Date, columns.Close))
            throw Error(source, number, $"{fields.Length} field(s), but the date and close need {Math.Max(columns.Date, columns.Close) + 1}");
        if (!TryDate(fields[columns.Date], out var date))
            throw Error(source, number, $"'{fields[columns.Date]}' is not a date ({DateFormat})");
        var text = fields[columns.Close];
        if (text.Length == 0 || text.Equals("null", StringComparison.OrdinalIgnoreCase))
            throw Error(source, number, $"the price of {date:yyyy-MM-dd} is missing");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var close) || !double.IsFinite(close))
            throw Error(source, number, $"'{text}' is not a price");
        if (close <= 0)
            throw Error(source, number, $"the price of {date:yyyy-MM-dd} is {text}: prices must be positive");
        return (date, close);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static FormatException Error(string source, int number, string problem) => new($"{source}, line {number}: {problem}.");
}
