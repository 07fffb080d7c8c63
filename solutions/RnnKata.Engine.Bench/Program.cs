using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RnnKata.Engine;
using RnnKata.Engine.Bench;

// The engine's benchmark: warm-up, timed full training iterations (zero grads, forward, loss, backward,
// optimizer step), the median per round and across rounds, as /work/shared/peer-bench does for PyTorch.
// Exit codes: 0 measured; 1 the run failed (no such backend here, out of memory, a bad peer table); 2 a wrong command line.
var commandLine = new BenchCommandLine(options =>
{
    try
    {
        return BenchRun.Run(options);
    }
    catch (Exception e) when (e is BackendUnavailableException or EngineOutOfMemoryException or ArgumentException or IOException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return 1;
    }
});
var parse = commandLine.Command.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine(error.Message);
    commandLine.Command.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = Console.Error });
    return 2;
}
return parse.Invoke();

/// <summary>The benchmark's run: GEMM line, rounds, summary.</summary>
internal static class BenchRun
{
    private const int Seed = 1234;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(BenchOptions options)
    {
        var load = new MachineLoad(options.QuietWait, options.QuietBudget);
        var total = Stopwatch.StartNew();
        Console.WriteLine($"# RnnKata.Engine bench: float32, {Environment.ProcessorCount} logical cpus, .NET {Environment.Version}, " +
                          $"{options.Rounds} round(s) × {options.Seconds.ToString(Inv)} s, seed {Seed}");
        Console.WriteLine("# flops = 3 x forward matmul FLOPs; forward per recurrent layer = 2*B*T*G*H*(I+H), G=1 RNN/3 GRU/4 LSTM; " +
                          "output Linear = 2*rows*H*O; elementwise/activation/optimizer work not counted (peer-bench's model)");
        Console.WriteLine($"# loadavg at start: {MachineLoad.LoadAverage()}");

        var rows = new List<SummaryRow>();
        string backendName = "?";
        string device = "?";
        var threadList = options.Threads;
        for (var ti = 0; ti < threadList.Count; ti++)
        {
            using var backend = Backends.Create(options.Backend, threadList[ti], out var choice);
            backendName = Backends.NameOf(backend.Kind);
            device = backend.Description;
            var threads = backend.Kind == BackendKind.Simd ? threadList[ti] : 0;
            Console.WriteLine($"# backend: {choice}");
            if (options.Gemm)
                PrintGemm(backend, threads, load);

            var configs = Select(options, backend.Kind);
            var results = configs.ToDictionary(c => c.Name, _ => new List<Measurement>());
            var setups = configs.Select(c => Setup(c, backend)).ToList();
            try
            {
                for (var round = 1; round <= options.Rounds; round++)
                {
                    foreach (var (config, trainer) in setups)
                    {
                        load.WaitQuiet();
                        var s0 = MachineLoad.Take();
                        float loss = 0;
                        var timing = IterationTimer.Time(() =>
                        {
                            loss = trainer.TrainLoaded();
                            backend.Synchronize();
                        }, round == 1 ? options.Warmup : 0.1, options.Seconds);
                        var other = MachineLoad.OtherCpuPercent(s0, MachineLoad.Take());
                        results[config.Name].Add(new Measurement(config.Name, threads, timing, other));
                        Console.WriteLine($"# round {round}\t{config.Name}\t{threads}\tmedian_ms={timing.Median.ToString("F3", Inv)}\t" +
                                          $"min_ms={timing.Min.ToString("F3", Inv)}\titers={timing.Iterations}\tother_cpu_pct={other.ToString("F0", Inv)}\t" +
                                          $"loss={loss.ToString("G5", Inv)}");
                    }
                }
            }
            finally
            {
                foreach (var (_, trainer) in setups)
                {
                    trainer.Dispose();
                    trainer.Model.Dispose();
                }
            }
            rows.AddRange(configs.Select(c => SummaryRow.From(c, threads, results[c.Name])));
            if (backend.Kind != BackendKind.Simd)
                break; // thread counts only matter to SIMD
        }

        Console.WriteLine($"# summary ({backendName}): per configuration the median of the round medians over rounds with other_cpu_pct < 10 " +
                          "(all rounds if none); min = best single iteration");
        Report.PrintTsv(rows);
        Report.PrintMarkdown(backendName, rows);
        if (options.PeerTable is { } peer)
            Report.PrintPeerComparison(backendName, rows, peer);
        if (options.Cudnn)
            CudnnComparison.Print(device, rows);
        Console.WriteLine($"# total {total.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static List<BenchmarkConfiguration> Select(BenchOptions options, BackendKind kind)
    {
        var gpu = kind == BackendKind.Cuda;
        var wanted = options.Only.Count > 0
            ? options.Only.Select(BenchmarkCatalogue.Get).ToList()
            : BenchmarkCatalogue.All.Where(c => !c.GpuOnly || gpu).ToList();
        foreach (var skipped in wanted.Where(c => c.GpuOnly && !gpu))
            Console.WriteLine($"# {skipped.Name} skipped: it runs on CUDA only");
        return wanted.Where(c => !c.GpuOnly || gpu).ToList();
    }

    private static (BenchmarkConfiguration Config, Trainer Trainer) Setup(BenchmarkConfiguration config, ComputeBackend backend)
    {
        var model = config.CreateModel(backend, Seed);
        var trainer = config.CreateTrainer(model);
        var batch = config.CreateData(Seed + config.Name[0]);
        model.LoadInputs(batch.Inputs);
        model.LoadTargets(batch.Targets);
        return (config, trainer);
    }

    private static void PrintGemm(ComputeBackend backend, int threads, MachineLoad load)
    {
        load.WaitQuiet();
        var s0 = MachineLoad.Take();
        // ILGPU's CPU accelerator is a correctness check, slow: a smaller product keeps the line to seconds.
        var n = backend.Kind == BackendKind.IlgpuCpu ? 256 : 1024;
        var gflops = GemmProbe.Gflops(backend, n, backend.Kind == BackendKind.IlgpuCpu ? 5 : 20);
        var other = MachineLoad.OtherCpuPercent(s0, MachineLoad.Take()).ToString("F0", Inv);
        var peak = backend.Kind == BackendKind.Simd ? GemmProbe.EstimatePeak(threads) : null;
        if (peak is null)
        {
            Console.WriteLine($"gemm\tthreads={threads}\tn={n}\tGFLOP/s={gflops.ToString("F1", Inv)}\tother_cpu_pct={other}");
            return;
        }
        // The clock under load (boost) can exceed the nominal one: both peaks are printed, the measured one is the fairer.
        var measured = ClockProbe.MeasureGhz();
        var usable = measured is > 0.5 and < 7;
        string Percent(double ghz) => (100 * gflops / peak.Gflops(ghz)).ToString("F0", Inv);
        Console.WriteLine($"gemm\tthreads={threads}\tn={n}\tGFLOP/s={gflops.ToString("F1", Inv)}\t" +
                          $"peak_GFLOP/s={(usable ? peak.Gflops(measured).ToString("F0", Inv) : "n/a")}\tpct_of_peak={(usable ? Percent(measured) : "n/a")}\t" +
                          $"nominal_peak_GFLOP/s={peak.Gflops(peak.NominalGhz).ToString("F0", Inv)}\tpct_of_nominal={Percent(peak.NominalGhz)}\tother_cpu_pct={other}");
        Console.WriteLine($"# peak = {peak.Cores} cores × clock × {peak.FlopsPerCycle} FLOP/cycle ({peak.Description}); clock measured " +
                          $"{(usable ? measured.ToString("F2", Inv) + " GHz" : "implausibly")} by a dependent-add chain (one add per cycle), " +
                          $"nominal {peak.NominalGhz.ToString("F2", Inv)} GHz ('cpu MHz' of /proc/cpuinfo)");
    }
}
