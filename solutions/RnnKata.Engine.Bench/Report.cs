using System.Globalization;

namespace RnnKata.Engine.Bench;

/// <summary>The summary as the peer's TSV (same columns, so both parse alike), as a Markdown table, and beside the peer's figures.</summary>
internal static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public const string TsvHeader =
        "config\tthreads\tms_per_iter\tms_min\tms_p90\titers\trounds_used\tseq_per_s\tmflop_per_iter\tgflop_per_s\tmax_other_cpu_pct\tdesc";

    public static void PrintTsv(IEnumerable<SummaryRow> rows)
    {
        Console.WriteLine(TsvHeader);
        foreach (var r in rows)
        {
            Console.WriteLine(string.Join('\t', r.Config.Name, F(r.Threads, "0"), F(r.MedianMs, "F3"), F(r.MinMs, "F3"), F(r.P90Ms, "F3"),
                F(r.Iterations, "0"), $"{r.RoundsUsed}/{r.Rounds}", F(r.SequencesPerSecond, "F0"), F(r.Config.FlopsPerIteration / 1e6, "F1"),
                F(r.Gflops, "F2"), F(r.MaxOtherCpuPercent, "F0"), r.Config.Description));
        }
    }

    public static void PrintMarkdown(string backend, IEnumerable<SummaryRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"| config | backend | threads | ms/iter (median) | min | p90 | seq/s | GFLOP/s | description |");
        Console.WriteLine("|---|---|--:|--:|--:|--:|--:|--:|---|");
        foreach (var r in rows)
        {
            Console.WriteLine($"| {r.Config.Name} | {backend} | {r.Threads} | {F(r.MedianMs, "F2")} | {F(r.MinMs, "F2")} | {F(r.P90Ms, "F2")} | " +
                              $"{F(r.SequencesPerSecond, "F0")} | {F(r.Gflops, "F2")} | {r.Config.Description} |");
        }
        Console.WriteLine();
    }

    /// <summary>Reads the peer's summary rows (config, threads) → (ms per iteration, GFLOP/s) from its printed output.</summary>
    public static Dictionary<(string Config, int Threads), (double Ms, double Gflops)> ReadPeer(string path)
    {
        var rows = new Dictionary<(string, int), (double, double)>();
        var inSummary = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("config\tthreads\t", StringComparison.Ordinal))
            {
                inSummary = true;
                continue;
            }
            if (!inSummary || line.StartsWith('#'))
                continue;
            var f = line.Split('\t');
            if (f.Length >= 10 && int.TryParse(f[1], Inv, out var threads)
                && double.TryParse(f[2], NumberStyles.Float, Inv, out var ms) && double.TryParse(f[9], NumberStyles.Float, Inv, out var gflops))
                rows[(f[0], threads)] = (ms, gflops);
        }
        if (rows.Count == 0)
            throw new ArgumentException($"{path} holds no peer-bench summary (a line starting with \"config<TAB>threads\" followed by rows).");
        return rows;
    }

    public static void PrintPeerComparison(string backend, IEnumerable<SummaryRow> rows, string peerPath)
    {
        var peer = ReadPeer(peerPath);
        Console.WriteLine($"# beside the peer ({peerPath}); speed-up = peer ms / engine ms (> 1: the engine is faster)");
        Console.WriteLine("| config | threads | engine ms/iter | peer ms/iter | speed-up | engine GFLOP/s | peer GFLOP/s |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|");
        foreach (var r in rows)
        {
            // A GPU backend has no thread count of its own: it is compared with the peer's fastest CPU row.
            var candidates = peer.Where(kv => kv.Key.Config == r.Config.Name && (backend != "simd" || kv.Key.Threads == r.Threads))
                .Select(kv => kv.Value).OrderBy(v => v.Ms).ToList();
            var match = candidates.Count > 0 ? candidates[0] : ((double Ms, double Gflops)?)null;
            if (match is not { } m)
            {
                Console.WriteLine($"| {r.Config.Name} | {r.Threads} | {F(r.MedianMs, "F2")} | – | – | {F(r.Gflops, "F2")} | – |");
                continue;
            }
            Console.WriteLine($"| {r.Config.Name} | {r.Threads} | {F(r.MedianMs, "F2")} | {F(m.Ms, "F2")} | {F(m.Ms / r.MedianMs, "F2")}× | " +
                              $"{F(r.Gflops, "F2")} | {F(m.Gflops, "F2")} |");
        }
    }

    private static string F(double value, string format) => value.ToString(format, Inv);
}
