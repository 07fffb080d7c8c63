namespace RnnKata.Engine.Bench;

/// <summary>One round's timing of one configuration at one thread count.</summary>
internal sealed record Measurement(string Config, int Threads, IterationTimer.Timing Timing, double OtherCpuPercent);

/// <summary>
/// One summary row, formed as the peer benchmark forms it: the median of the per-round medians over the rounds in which
/// other processes used under 10% of the machine (all rounds if none qualifies); min is the best single iteration.
/// </summary>
internal sealed record SummaryRow(BenchmarkConfiguration Config, int Threads, double MedianMs, double MinMs, double P90Ms,
    int Iterations, int RoundsUsed, int Rounds, double MaxOtherCpuPercent)
{
    public double SequencesPerSecond => Config.Network.Batch / (MedianMs / 1000);

    public double Gflops => Config.FlopsPerIteration / (MedianMs / 1000) / 1e9;

    public static SummaryRow From(BenchmarkConfiguration config, int threads, IReadOnlyList<Measurement> all)
    {
        var used = all.Where(m => !(m.OtherCpuPercent >= 10)).ToList(); // NaN (unknown) counts as quiet
        if (used.Count == 0)
            used = [.. all];
        return new SummaryRow(config, threads,
            IterationTimer.Median(used.Select(m => m.Timing.Median)), all.Min(m => m.Timing.Min),
            IterationTimer.Median(used.Select(m => m.Timing.P90)), used.Sum(m => m.Timing.Iterations), used.Count, all.Count,
            used.Max(m => m.OtherCpuPercent));
    }
}
