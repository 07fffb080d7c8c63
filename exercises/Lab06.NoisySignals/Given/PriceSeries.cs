namespace RnnKata.Lab06;

/// <summary>Daily closing prices, dates strictly increasing (gaps for weekends and holidays are normal).</summary>
/// <param name="Dates">The trading days, in order.</param>
/// <param name="Closes">The close of each day, positive.</param>
public sealed record PriceSeries(DateOnly[] Dates, double[] Closes)
{
    /// <summary>Days in the series.</summary>
    public int Count => Closes.Length;
}
