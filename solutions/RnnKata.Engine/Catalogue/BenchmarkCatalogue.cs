namespace RnnKata.Engine;

/// <summary>The benchmark configurations A–H of issue 4, the same as the peer benchmark's (H is CUDA-only).</summary>
public static class BenchmarkCatalogue
{
    /// <summary>A: LSTM 1 layer H128 I1 T10 B64, last step → Linear(1), MSE, Adam 0.01.</summary>
    public static BenchmarkConfiguration A { get; } = new()
    {
        Name = "A", Model = ModelKind.RecurrentNetwork,
        Network = new NetworkShape
        {
            Cell = CellKind.Lstm, Input = 1, Hidden = 128, Output = 1, Steps = 10, Batch = 64, Head = HeadPlacement.LastStep, Loss = LossKind.MeanSquaredError,
        },
        Optimizer = OptimizerSettings.Adam(0.01f), Data = DataKind.SineNextValue,
    };

    /// <summary>B: GRU H64 I1 T5 B64, last step → Linear(1), L1, Adam 1e-3.</summary>
    public static BenchmarkConfiguration B { get; } = new()
    {
        Name = "B", Model = ModelKind.RecurrentNetwork,
        Network = new NetworkShape
        {
            Cell = CellKind.Gru, Input = 1, Hidden = 64, Output = 1, Steps = 5, Batch = 64, Head = HeadPlacement.LastStep, Loss = LossKind.MeanAbsoluteError,
        },
        Optimizer = OptimizerSettings.Adam(1e-3f), Data = DataKind.SineNextValue,
    };

    /// <summary>C: seq2seq, 2-layer GRU H50 encoder and decoder, in/out 1, 15 steps in and out, B64, ½Σ² + 0.003·L2, RMSProp(0.007, α 0.92, μ 0.5).</summary>
    public static BenchmarkConfiguration C { get; } = new()
    {
        Name = "C", Model = ModelKind.Seq2Seq,
        Network = new NetworkShape
        {
            Cell = CellKind.Gru, Layers = 2, Input = 1, Hidden = 50, Output = 1, Steps = 15, Batch = 64, Head = HeadPlacement.EveryStep,
            Loss = LossKind.HalfSumOfSquares,
        },
        L2 = 0.003f, Optimizer = OptimizerSettings.RmsProp(0.007f, decay: 0.92f, momentum: 0.5f), Data = DataKind.SineForecast,
    };

    /// <summary>D: as C with 30 steps.</summary>
    public static BenchmarkConfiguration D { get; } = C with { Name = "D", Network = C.Network with { Steps = 30 } };

    /// <summary>E: Elman relu H100 I1 T20 B50, per-step Linear(1), MSE, Adam 1e-3.</summary>
    public static BenchmarkConfiguration E { get; } = new()
    {
        Name = "E", Model = ModelKind.RecurrentNetwork,
        Network = new NetworkShape
        {
            Cell = CellKind.ElmanRelu, Input = 1, Hidden = 100, Output = 1, Steps = 20, Batch = 50, Head = HeadPlacement.EveryStep,
            Loss = LossKind.MeanSquaredError,
        },
        Optimizer = OptimizerSettings.Adam(1e-3f), Data = DataKind.SineEveryStep,
    };

    /// <summary>F: Elman tanh H128, one-hot I82, T10 B128, last step → Linear(82), softmax cross-entropy, Adam 1e-3.</summary>
    public static BenchmarkConfiguration F { get; } = new()
    {
        Name = "F", Model = ModelKind.RecurrentNetwork,
        Network = new NetworkShape
        {
            Cell = CellKind.ElmanTanh, Input = 82, Hidden = 128, Output = 82, Steps = 10, Batch = 128, Head = HeadPlacement.LastStep,
            Loss = LossKind.SoftmaxCrossEntropy,
        },
        Optimizer = OptimizerSettings.Adam(1e-3f), Data = DataKind.OneHotChars,
    };

    /// <summary>G: LSTM H512 I64 T50 B64, per-step Linear(64), MSE, Adam 1e-3, Gaussian data.</summary>
    public static BenchmarkConfiguration G { get; } = new()
    {
        Name = "G", Model = ModelKind.RecurrentNetwork,
        Network = new NetworkShape
        {
            Cell = CellKind.Lstm, Input = 64, Hidden = 512, Output = 64, Steps = 50, Batch = 64, Head = HeadPlacement.EveryStep,
            Loss = LossKind.MeanSquaredError,
        },
        Optimizer = OptimizerSettings.Adam(1e-3f), Data = DataKind.Gaussian,
    };

    /// <summary>H (CUDA only): LSTM H1024 I1024 T100 B256, per-step Linear(1024), MSE, Adam 1e-3, Gaussian data.</summary>
    public static BenchmarkConfiguration H { get; } = G with
    {
        Name = "H", Network = G.Network with { Input = 1024, Hidden = 1024, Output = 1024, Steps = 100, Batch = 256 }, GpuOnly = true,
    };

    /// <summary>A … H in order.</summary>
    public static IReadOnlyList<BenchmarkConfiguration> All { get; } = [A, B, C, D, E, F, G, H];

    /// <summary>The configuration named <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No such configuration; the message lists them.</exception>
    public static BenchmarkConfiguration Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
               ?? throw new ArgumentException($"Unknown configuration '{name}': choose from {string.Join(", ", All.Select(c => c.Name))}.", nameof(name));
    }
}
