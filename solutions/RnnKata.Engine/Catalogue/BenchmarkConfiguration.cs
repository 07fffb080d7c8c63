using System.Globalization;

namespace RnnKata.Engine;

/// <summary>
/// One benchmark configuration (A–H of issue 4): the model, its data, its loss and its optimizer. The
/// benchmark runs the catalogue's configurations as they are; tests shrink them with <c>with</c>.
/// </summary>
public sealed record BenchmarkConfiguration
{
    /// <summary>The letter.</summary>
    public required string Name { get; init; }

    /// <summary>Regressor or seq2seq.</summary>
    public required ModelKind Model { get; init; }

    /// <summary>The cell.</summary>
    public required CellKind Cell { get; init; }

    /// <summary>L (of each stack, for seq2seq).</summary>
    public int Layers { get; init; } = 1;

    /// <summary>I.</summary>
    public required int Input { get; init; }

    /// <summary>H.</summary>
    public required int Hidden { get; init; }

    /// <summary>O: the head's outputs (classes, for the cross-entropy).</summary>
    public required int Output { get; init; }

    /// <summary>T (in and out, for seq2seq).</summary>
    public required int Steps { get; init; }

    /// <summary>B.</summary>
    public required int Batch { get; init; }

    /// <summary>Where a regressor's head reads (seq2seq: every step).</summary>
    public HeadPlacement Head { get; init; } = HeadPlacement.EveryStep;

    /// <summary>The loss (seq2seq: ½Σ²).</summary>
    public LossKind Loss { get; init; } = LossKind.HalfSumOfSquares;

    /// <summary>λ of the L2 term on the recurrent weights (seq2seq only).</summary>
    public float L2 { get; init; }

    /// <summary>The optimizer.</summary>
    public required OptimizerSettings Optimizer { get; init; }

    /// <summary>The data.</summary>
    public required DataKind Data { get; init; }

    /// <summary>True when the configuration is too big for a CPU (H): the benchmark runs it on CUDA only.</summary>
    public bool GpuOnly { get; init; }

    /// <summary>Matmul FLOPs of one forward pass: recurrent layers 2·B·T·G·H·(I + H) each, plus 2·rows·H·O for the head.</summary>
    public double ForwardFlops
    {
        get
        {
            var layers = Enumerable.Range(0, Layers).Sum(l => new RecurrentShape(Cell, l == 0 ? Input : Hidden, Hidden).ForwardFlops(Batch, Steps));
            var headRows = Model == ModelKind.Regressor && Head == HeadPlacement.LastStep ? Batch : Batch * Steps;
            return (Model == ModelKind.Seq2Seq ? 2 : 1) * layers + 2.0 * headRows * Hidden * Output;
        }
    }

    /// <summary>FLOPs of one training iteration, the peer's model: 3 × <see cref="ForwardFlops"/>.</summary>
    public double FlopsPerIteration => 3 * ForwardFlops;

    /// <summary>A one-line description, e.g. "LSTM(1→128) T10 B64 last→Linear(1) MSE Adam(0.01)".</summary>
    public string Description
    {
        get
        {
            var inv = CultureInfo.InvariantCulture;
            var cell = Cell switch { CellKind.ElmanTanh => "RNN-tanh", CellKind.ElmanRelu => "RNN-relu", CellKind.Gru => "GRU", _ => "LSTM" };
            var layers = Layers > 1 ? $"{Layers}×" : "";
            var loss = Loss switch
            {
                LossKind.MeanSquaredError => "MSE", LossKind.MeanAbsoluteError => "L1", LossKind.HalfSumOfSquares => "½Σ²", _ => "CE",
            };
            var opt = Optimizer.Kind switch
            {
                OptimizerKind.RmsProp => $"RMSProp({Optimizer.LearningRate.ToString(inv)},α{Optimizer.Decay.ToString(inv)},μ{Optimizer.Momentum.ToString(inv)})",
                var kind => $"{kind}({Optimizer.LearningRate.ToString(inv)})",
            };
            return Model == ModelKind.Seq2Seq
                ? $"seq2seq {cell} {layers}{Hidden} enc+dec T{Steps}→{Steps} B{Batch} {loss}+{L2.ToString(inv)}·L2 {opt}"
                : $"{cell}({layers}{Input}→{Hidden}) T{Steps} B{Batch} {(Head == HeadPlacement.LastStep ? "last" : "per-step")}→Linear({Output}) {loss} {opt}";
        }
    }

    /// <summary>Builds the model on <paramref name="backend"/> with parameters from <paramref name="seed"/>.</summary>
    public SequenceModel CreateModel(ComputeBackend backend, int seed) => Model == ModelKind.Seq2Seq
        ? Seq2SeqForecaster.Create(backend, Cell, Layers, Input, Hidden, Output, Steps, Batch, L2, seed)
        : SequenceRegressor.Create(backend, Cell, Layers, Input, Hidden, Output, Steps, Batch, Head, Loss, seed);

    /// <summary>A trainer of <paramref name="model"/> with this configuration's optimizer.</summary>
    public Trainer CreateTrainer(SequenceModel model, GradientClipping? clipping = null) => new(model, Optimizer, clipping);

    /// <summary>One batch of this configuration's data from <paramref name="seed"/>.</summary>
    /// <exception cref="InvalidOperationException">The data kind does not fit the sizes (e.g. sine data with I ≠ 1).</exception>
    public SequenceBatch CreateData(int seed)
    {
        var random = new Random(seed);
        switch (Data)
        {
            case DataKind.SineNextValue:
                RequireSine(1);
                var (x, next) = BenchmarkData.SineWindows(Batch, Steps, 1, random);
                return new SequenceBatch(x, next);
            case DataKind.SineEveryStep:
                RequireSine(Steps);
                var (all, _) = BenchmarkData.SineWindows(Batch, Steps + 1, 0, random);
                return new SequenceBatch(all[..(Steps * Batch)], all[Batch..]);
            case DataKind.SineForecast:
                RequireSine(Steps);
                var (inputs, future) = BenchmarkData.SineWindows(Batch, Steps, Steps, random);
                return new SequenceBatch(inputs, future);
            case DataKind.OneHotChars:
                if (Input != Output || Loss != LossKind.SoftmaxCrossEntropy || Head != HeadPlacement.LastStep)
                    throw new InvalidOperationException($"{Name}: one-hot characters need I = O, the cross-entropy and a last-step head.");
                var (chars, classes) = BenchmarkData.OneHotChars(Batch, Steps, Input, random);
                return new SequenceBatch(chars, classes);
            case DataKind.Gaussian:
                var targetRows = Head == HeadPlacement.LastStep && Model == ModelKind.Regressor ? Batch : Steps * Batch;
                return new SequenceBatch(BenchmarkData.Gaussian(Steps * Batch * Input, random), BenchmarkData.Gaussian(targetRows * Output, random));
            default:
                throw new InvalidOperationException($"Unknown data kind {Data}.");
        }
    }

    private void RequireSine(int targetSteps)
    {
        var perStep = Model == ModelKind.Seq2Seq || Head == HeadPlacement.EveryStep ? Steps : 1;
        if (Input != 1 || Output != 1 || perStep != targetSteps || Loss == LossKind.SoftmaxCrossEntropy)
            throw new InvalidOperationException($"{Name}: {Data} data needs I = O = 1, a regression loss and a matching head.");
    }
}
