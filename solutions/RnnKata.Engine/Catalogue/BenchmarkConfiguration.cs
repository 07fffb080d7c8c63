using System.Globalization;

namespace RnnKata.Engine;

/// <summary>
/// One benchmark configuration (A–H of issue 4): which model on which <see cref="NetworkShape"/>, its data and its
/// optimizer. The engine builds the model (<see cref="CreateModel"/> calls its factories). The benchmark runs the
/// catalogue's configurations as they are; tests shrink them with <c>with</c>.
/// </summary>
public sealed record BenchmarkConfiguration
{
    /// <summary>The letter.</summary>
    public required string Name { get; init; }

    /// <summary>A recurrent network or a seq2seq forecaster.</summary>
    public required ModelKind Model { get; init; }

    /// <summary>The sizes, head and loss (for seq2seq: of each stack, steps in and out, head on every step).</summary>
    public required NetworkShape Network { get; init; }

    /// <summary>λ of the L2 term on the recurrent weights (seq2seq only).</summary>
    public float L2 { get; init; }

    /// <summary>The optimizer.</summary>
    public required OptimizerSettings Optimizer { get; init; }

    /// <summary>The data.</summary>
    public required DataKind Data { get; init; }

    /// <summary>True when the configuration is too big for a CPU (H): the benchmark runs it on CUDA only.</summary>
    public bool GpuOnly { get; init; }

    /// <summary>Matmul FLOPs of one forward pass: recurrent layers 2·B·T·G·H·(I + H) each (twice for seq2seq), plus 2·rows·H·O for the head.</summary>
    public double ForwardFlops => Model == ModelKind.Seq2Seq
        ? Network.ForwardFlops + (Network.ForwardFlops - 2.0 * Network.PredictionRows * Network.Hidden * Network.Output)
        : Network.ForwardFlops;

    /// <summary>FLOPs of one training iteration, the peer's model: 3 × <see cref="ForwardFlops"/>.</summary>
    public double FlopsPerIteration => 3 * ForwardFlops;

    /// <summary>A one-line description, e.g. "LSTM(1→128) T10 B64 last→Linear(1) MSE Adam(0.01)".</summary>
    public string Description
    {
        get
        {
            var inv = CultureInfo.InvariantCulture;
            var n = Network;
            var cell = n.Cell switch
            {
                CellKind.ElmanTanh => "RNN-tanh", CellKind.ElmanRelu => "RNN-relu", CellKind.ElmanLogistic => "RNN-logistic",
                CellKind.Gru => "GRU", _ => "LSTM",
            };
            var layers = n.Layers > 1 ? $"{n.Layers}×" : "";
            var loss = n.Loss switch
            {
                LossKind.MeanSquaredError => "MSE", LossKind.RootMeanSquaredError => "RMSE", LossKind.MeanAbsoluteError => "L1",
                LossKind.HalfSumOfSquares => "½Σ²", _ => "CE",
            };
            var opt = Optimizer.Kind switch
            {
                OptimizerKind.RmsProp => $"RMSProp({Optimizer.LearningRate.ToString(inv)},α{Optimizer.Decay.ToString(inv)},μ{Optimizer.Momentum.ToString(inv)})",
                var kind => $"{kind}({Optimizer.LearningRate.ToString(inv)})",
            };
            return Model == ModelKind.Seq2Seq
                ? $"seq2seq {cell} {layers}{n.Hidden} enc+dec T{n.Steps}→{n.Steps} B{n.Batch} {loss}+{L2.ToString(inv)}·L2 {opt}"
                : $"{cell}({layers}{n.Input}→{n.Hidden}) T{n.Steps} B{n.Batch} {(n.Head == HeadPlacement.LastStep ? "last" : "per-step")}→Linear({n.Output}) {loss} {opt}";
        }
    }

    /// <summary>Builds the model on <paramref name="backend"/> with parameters from <paramref name="seed"/>, by the engine's factories.</summary>
    public SequenceModel CreateModel(ComputeBackend backend, int seed) => Model == ModelKind.Seq2Seq
        ? Seq2SeqForecaster.Create(backend, Network, L2, seed)
        : RecurrentNetwork.Create(backend, Network, seed);

    /// <summary>A trainer of <paramref name="model"/> with this configuration's optimizer (dispose it with the model).</summary>
    public Trainer CreateTrainer(SequenceModel model, GradientClipping? clipping = null) => new(model, Optimizer, clipping);

    /// <summary>One batch of this configuration's data from <paramref name="seed"/>.</summary>
    /// <exception cref="InvalidOperationException">The data kind does not fit the sizes (e.g. sine data with I ≠ 1).</exception>
    public SequenceBatch CreateData(int seed)
    {
        var random = new Random(seed);
        var (steps, batch, input, output) = (Network.Steps, Network.Batch, Network.Input, Network.Output);
        switch (Data)
        {
            case DataKind.SineNextValue:
                RequireSine(1);
                var (x, next) = BenchmarkData.SineWindows(batch, steps, 1, random);
                return Batch(x, next);
            case DataKind.SineEveryStep:
                RequireSine(steps);
                var (all, _) = BenchmarkData.SineWindows(batch, steps + 1, 0, random);
                return Batch(all[..(steps * batch)], all[batch..]);
            case DataKind.SineForecast:
                RequireSine(steps);
                var (inputs, future) = BenchmarkData.SineWindows(batch, steps, steps, random);
                return Batch(inputs, future);
            case DataKind.OneHotChars:
                if (input != output || !Network.Classifies || Network.Head != HeadPlacement.LastStep)
                    throw new InvalidOperationException($"{Name}: one-hot characters need I = O, the cross-entropy and a last-step head.");
                var (chars, classes) = BenchmarkData.OneHotChars(batch, steps, input, random);
                return Batch(chars, classes);
            case DataKind.Gaussian:
                return Batch(BenchmarkData.Gaussian(steps * batch * input, random), BenchmarkData.Gaussian(TargetSteps * batch * Network.TargetFeatures, random));
            default:
                throw new InvalidOperationException($"Unknown data kind {Data}.");
        }
    }

    private int TargetSteps => Model == ModelKind.Seq2Seq ? Network.Steps : Network.PredictionSteps;

    private SequenceBatch Batch(float[] inputs, float[] targets) => new(
        SequenceTensor.FromTimeMajor(inputs, Network.Steps, Network.Batch, Network.Input),
        SequenceTensor.FromTimeMajor(targets, TargetSteps, Network.Batch, Network.TargetFeatures));

    private void RequireSine(int targetSteps)
    {
        if (Network.Input != 1 || Network.Output != 1 || TargetSteps != targetSteps || Network.Classifies)
            throw new InvalidOperationException($"{Name}: {Data} data needs I = O = 1, a regression loss and a matching head.");
    }
}
