namespace RnnKata.Lab06;

/// <summary>Prices to log returns and back (chapter 6, "A stock one day ahead").</summary>
public static class Returns
{
    /// <summary>r(d) = ln(p(d + 1) / p(d)).</summary>
    public static double[] FromPrices(IReadOnlyList<double> prices)
    {
        RequirePrices(prices, nameof(prices));
        if (prices.Count < 2)
            throw new ArgumentException($"A return needs two prices, but {nameof(prices)} holds {prices.Count}.", nameof(prices));
        return Enumerable.Range(0, prices.Count - 1).Select(d => Math.Log(prices[d + 1] / prices[d])).ToArray();
    }

    /// <summary>p̂(d + 1) = p(d)·exp(r̂(d)).</summary>
    public static double[] NextPrices(IReadOnlyList<double> today, IReadOnlyList<double> predictedReturns)
    {
        RequirePrices(today, nameof(today));
        ArgumentNullException.ThrowIfNull(predictedReturns);
        if (today.Count == 0)
            throw new ArgumentException($"{nameof(today)} is empty.", nameof(today));
        if (predictedReturns.Count != today.Count)
            throw new ArgumentException(
                $"{nameof(predictedReturns)} holds {predictedReturns.Count} returns but {nameof(today)} holds {today.Count} prices: one return per day.",
                nameof(predictedReturns));
        for (int d = 0; d < predictedReturns.Count; d++)
        {
            if (!double.IsFinite(predictedReturns[d]))
                throw new ArgumentException($"{nameof(predictedReturns)}[{d}] is {predictedReturns[d]}: every return must be finite.", nameof(predictedReturns));
        }
        return Enumerable.Range(0, today.Count).Select(d => today[d] * Math.Exp(predictedReturns[d])).ToArray();
    }

    private static void RequirePrices(IReadOnlyList<double> prices, string name)
    {
        ArgumentNullException.ThrowIfNull(prices, name);
        for (int d = 0; d < prices.Count; d++)
        {
            if (!(prices[d] > 0) || !double.IsFinite(prices[d]))
                throw new ArgumentException($"{name}[{d}] is {prices[d]}: every price must be positive and finite.", name);
        }
    }
}
