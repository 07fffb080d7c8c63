using System.Globalization;

namespace RnnKata.Engine.Bench;

/// <summary>
/// The figures the CUDA backend is measured against (issue 15): PyTorch 2.11 with cuDNN 9.19 on one H100, float32, ms per
/// training iteration of each configuration; H with TF32 tensor cores (37.0 ms with them off). The goal is at most cuDNN's
/// time on A–F and at most twice it on G and H.
/// </summary>
internal static class CudnnComparison
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Config → (cuDNN ms per iteration, the largest engine ÷ cuDNN time ratio that meets the goal).</summary>
    public static IReadOnlyDictionary<string, (double Ms, double Goal)> Figures { get; } = new Dictionary<string, (double, double)>
    {
        ["A"] = (2.50, 1), ["B"] = (2.51, 1), ["C"] = (6.19, 1), ["D"] = (5.96, 1), ["E"] = (2.01, 1), ["F"] = (2.07, 1),
        ["G"] = (4.65, 2), ["H"] = (14.6, 2),
    };

    /// <summary>The Markdown table, ready to paste into docs/engine.md: ours beside cuDNN's, the ratio and whether it meets the goal.</summary>
    public static void Print(string device, IEnumerable<SummaryRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"<!-- cudnn-table: {device}, {DateTime.UtcNow:yyyy-MM-dd} -->");
        Console.WriteLine("| config | engine ms/iter | engine GFLOP/s | cuDNN ms/iter (H100) | cuDNN GFLOP/s | engine ÷ cuDNN time | goal | met |");
        Console.WriteLine("| --- | --: | --: | --: | --: | --: | --: | --- |");
        foreach (var r in rows)
        {
            if (!Figures.TryGetValue(r.Config.Name, out var cudnn))
                continue;
            var ratio = r.MedianMs / cudnn.Ms;
            var cudnnGflops = r.Config.FlopsPerIteration / (cudnn.Ms / 1000) / 1e9;
            Console.WriteLine($"| {r.Config.Name} | {F(r.MedianMs, "G3")} | {F(r.Gflops, "F0")} | {F(cudnn.Ms, "G3")} | {F(cudnnGflops, "F0")} | " +
                              $"{F(ratio, "F2")}× | ≤ {F(cudnn.Goal, "0")}× | {(ratio <= cudnn.Goal ? "yes" : "no")} |");
        }
        Console.WriteLine("<!-- end cudnn-table -->");
        Console.WriteLine("cuDNN: PyTorch 2.11 + cuDNN 9.19 on one H100, float32; H with TF32 tensor cores (37.0 ms without). Ratio < 1: the engine is faster.");
    }

    private static string F(double value, string format) => value.ToString(format, Inv);
}
