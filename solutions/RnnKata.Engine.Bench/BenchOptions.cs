using System.Globalization;

namespace RnnKata.Engine.Bench;

/// <summary>The command line of the benchmark (the peer benchmark's options, plus the backend and the peer table).</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        dotnet run -c Release --project solutions/RnnKata.Engine.Bench -- [options]
          --backend NAME     auto | simd | cuda | ilgpu-cpu (default: RNNKATA_BACKEND, else auto);
                             ilgpu-cpu is a correctness check: seconds per iteration, use --only
          --only A,C         configurations to run (default A-G; H is added on CUDA)
          --rounds N         timed rounds per configuration (default 3)
          --seconds S        timed seconds per configuration and round (default 1.5)
          --warmup S         warm-up seconds in the first round (default 0.5)
          --quick            one short round: --rounds 1 --seconds 0.5 --warmup 0.1
          --threads 2[,1]    SIMD threads, one run per value (default 2)
          --quiet-wait S     wait at most S seconds for a quiet machine before each measurement (default 10)
          --quiet-budget S   stop waiting once the waits add up to S seconds (default 30)
          --no-gemm          skip the GEMM line
          --peer-table FILE  peer-bench's output: print its figures and the ratios next to ours
          --cudnn            print the table beside issue 15's cuDNN figures (H100), for docs/engine.md
        """;

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
    public bool Help { get; init; }

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with the reason.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            double Positive(string text) => double.TryParse(text, NumberStyles.Float, inv, out var v) && v >= 0
                ? v : throw new ArgumentException($"{args[i - 1]} needs a number ≥ 0, not '{text}'.");
            options = args[i] switch
            {
                "--backend" => options with { Backend = Backends.Parse(Next()) },
                "--only" => options with { Only = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => BenchmarkCatalogue.Get(n).Name).ToArray() },
                "--rounds" => options with { Rounds = Math.Max(1, (int)Positive(Next())) },
                "--seconds" => options with { Seconds = Positive(Next()) },
                "--warmup" => options with { Warmup = Positive(Next()) },
                "--quick" => options with { Rounds = 1, Seconds = 0.5, Warmup = 0.1 },
                "--threads" => options with { Threads = Next().Split(',').Select(t => int.TryParse(t, inv, out var n) && n >= 1 ? n : throw new ArgumentException($"--threads: '{t}' is not a positive count.")).ToArray() },
                "--quiet-wait" => options with { QuietWait = Positive(Next()) },
                "--quiet-budget" => options with { QuietBudget = Positive(Next()) },
                "--no-gemm" => options with { Gemm = false },
                "--peer-table" => options with { PeerTable = Next() },
                "--cudnn" => options with { Cudnn = true },
                "-h" or "--help" => options with { Help = true },
                var other => throw new ArgumentException($"Unknown option '{other}'."),
            };
        }
        return options;
    }
}
