namespace RnnKata.Engine.Bench;

/// <summary>What the benchmark runs (the peer benchmark's options, plus the backend and the peer table); <see cref="BenchCommandLine"/> reads it.</summary>
internal sealed record BenchOptions
{
    public BackendKind? Backend { get; init; }
    public IReadOnlyList<string> Only { get; init; } = [];
    public int Rounds { get; init; } = 3;
    public double Seconds { get; init; } = 1.5;
    public double Warmup { get; init; } = 0.5;
    public IReadOnlyList<int> Threads { get; init; } = [2];
    public double QuietWait { get; init; } = 10;
    public double QuietBudget { get; init; } = 30;
    public bool Gemm { get; init; } = true;
    public string? PeerTable { get; init; }
    public bool Cudnn { get; init; }

    /// <summary>The short run of <c>--quick</c>: one round of half a second after a tenth of warm-up.</summary>
    public static BenchOptions Quick { get; } = new() { Rounds = 1, Seconds = 0.5, Warmup = 0.1 };
}
