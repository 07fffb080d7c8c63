namespace RnnKata.Lab06;

/// <summary>
/// Prices to returns and back (chapter 6, "A stock one day ahead"). A price series wanders (its level tomorrow is
/// mostly its level today); its log returns are close to stationary, so a model learns them, not the level.
/// </summary>
public static class Returns
{
    /// <summary>The log returns <c>r(d) = ln(p(d + 1) / p(d))</c>, d = 0 … N − 2: one fewer than the prices.</summary>
    /// <exception cref="ArgumentException">Fewer than two prices, or a price that is not positive and finite (the message gives
    /// the index). The exception names <paramref name="prices"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="prices"/> is null (the exception names it).</exception>
    public static double[] FromPrices(IReadOnlyList<double> prices) =>
        throw new NotImplementedException("Implement Returns.FromPrices — see docs/06-noisy-signals.md#task-4-returns-and-a-chronological-split");

    /// <summary>Tomorrow's prices from today's and the predicted log returns: <c>p̂(d + 1) = p(d)·exp(r̂(d))</c>.</summary>
    /// <exception cref="ArgumentException">The lists differ in length or are empty, a price is not positive and finite, or a
    /// return is NaN or infinite. The exception names the argument.</exception>
    /// <exception cref="ArgumentNullException">An argument is null (the exception names it).</exception>
    public static double[] NextPrices(IReadOnlyList<double> today, IReadOnlyList<double> predictedReturns) =>
        throw new NotImplementedException("Implement Returns.NextPrices — see docs/06-noisy-signals.md#task-4-returns-and-a-chronological-split");
}
