namespace RnnKata.Engine;

/// <summary>
/// An encoder–decoder forecaster (the seq2seq of the peer benchmark's configurations C and D): an encoder
/// stack reads T steps, a decoder stack of the same cell and sizes starts from the encoder's final states
/// and reads a zero GO step followed by the encoder's inputs shifted by one (or, with teacher forcing, the targets
/// shifted by one), and a Linear head maps every decoder step to O outputs, optionally times one learned scale s.
/// Loss: the shape's regression loss (the benchmark's ½Σ(p − t)²) plus λ·½Σw² over the recurrent weights (or every
/// weight and bias but s, see <see cref="Seq2SeqOptions"/>). Inputs [T × B × I], targets [T × B × O].
/// </summary>
public sealed class Seq2SeqForecaster : SequenceModel
{
    private readonly RecurrentStack _encoder;
    private readonly RecurrentStack _decoder;
    private readonly LinearLayer _head;
    private readonly ParameterBlock? _scaleBlock;
    private readonly DeviceBuffer? _unscaled;
    private readonly DeviceBuffer? _unscaledGradients;
    private readonly DeviceBuffer _decoderInputs;
    private readonly Slice[] _encoderFinalHidden;
    private readonly Slice[]? _encoderFinalCell;
    private readonly Slice[] _decoderInitialHiddenGradients;
    private readonly Slice[]? _decoderInitialCellGradients;

    private Seq2SeqForecaster(ParameterStore store, NetworkShape shape, Seq2SeqOptions options, IReadOnlyList<ParameterBlock> encoderBlocks,
        IReadOnlyList<ParameterBlock> decoderBlocks, ParameterBlock headBlock, ParameterBlock? scaleBlock)
        : base(store, shape.Steps, shape.Batch, shape.Input, shape.Steps, shape.Output, shape.Loss)
    {
        (Shape, Options, _scaleBlock) = (shape, options, scaleBlock);
        _encoder = new RecurrentStack(store, encoderBlocks, shape.Batch, shape.Steps);
        _decoder = new RecurrentStack(store, decoderBlocks, shape.Batch, shape.Steps, initialStateGradients: true);
        _head = new LinearLayer(store, headBlock);
        var layers = _encoder.Layers;
        _encoderFinalHidden = Enumerable.Range(0, layers).Select(_encoder.LastHidden).ToArray();
        _decoderInitialHiddenGradients = Enumerable.Range(0, layers).Select(_decoder.InitialHiddenGradient).ToArray();
        if (_encoder.Cell == CellKind.Lstm)
        {
            _encoderFinalCell = Enumerable.Range(0, layers).Select(_encoder.LastCell).ToArray();
            _decoderInitialCellGradients = Enumerable.Range(0, layers).Select(_decoder.InitialCellGradient).ToArray();
        }
        if (scaleBlock is not null)
        {
            _unscaled = Backend.Allocate(PredictionRows * PredictionColumns);
            _unscaledGradients = Backend.Allocate(PredictionRows * PredictionColumns);
        }

        // Step 0 (the GO step) stays zero; steps 1 … T−1 receive the fed steps in every forward pass.
        _decoderInputs = Backend.Allocate(InputLength);
    }

    /// <summary>Builds the model and initialises its parameters from <paramref name="seed"/> (encoder, decoder, head).</summary>
    /// <param name="backend">Where it runs.</param>
    /// <param name="shape">Cell and L of both stacks, I (also the decoder's input), H, O, T (steps in and out), B, and a
    /// regression loss; the head reads every decoder step.</param>
    /// <param name="l2">λ of the L2 term on the recurrent weights (0 for none).</param>
    /// <param name="seed">The initialisation's seed.</param>
    /// <exception cref="ArgumentException">The shape is invalid, its head is not on every step, or its loss classifies.</exception>
    public static Seq2SeqForecaster Create(ComputeBackend backend, NetworkShape shape, float l2, int seed)
    {
        if (!(l2 >= 0) || !float.IsFinite(l2))
            throw new ArgumentOutOfRangeException(nameof(l2), l2, "The L2 coefficient must be a finite number ≥ 0.");
        return Create(backend, shape, new Seq2SeqOptions { L2 = l2 }, seed);
    }

    /// <summary>
    /// Builds the model with <paramref name="options"/> and initialises its parameters from <paramref name="seed"/>: encoder
    /// layers, decoder layers, head W, head b, and s last when the output scale is learned (it starts at 1.0).
    /// </summary>
    /// <param name="backend">Where it runs.</param>
    /// <param name="shape">As for <see cref="Create(ComputeBackend, NetworkShape, float, int)"/>.</param>
    /// <param name="options">L2 and its scope, the learned output scale, the decoder's feed.</param>
    /// <param name="seed">The initialisation's seed.</param>
    /// <exception cref="ArgumentException">The shape is invalid, its head is not on every step or has a hidden layer, its loss classifies, an option
    /// is out of range, or teacher forcing is asked for with O ≠ I.</exception>
    public static Seq2SeqForecaster Create(ComputeBackend backend, NetworkShape shape, Seq2SeqOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(options);
        shape.Validate();
        if (shape.Head != HeadPlacement.EveryStep)
            throw new ArgumentException($"A forecaster predicts every step: its head must be {HeadPlacement.EveryStep}, not {shape.Head}.", nameof(shape));
        if (shape.Classifies)
            throw new ArgumentException($"A forecaster regresses: {shape.Loss} is a classification loss.", nameof(shape));
        if (shape.HeadHidden != 0)
            throw new ArgumentException(
                $"A forecaster's head is one Linear layer: {nameof(NetworkShape.HeadHidden)} must be 0, not {shape.HeadHidden}.", nameof(shape));
        Validate(options, shape);
        var layout = new ParameterLayout();
        var encoderBlocks = RecurrentStack.Reserve(layout, shape.Cell, shape.Input, shape.Hidden, shape.Layers);
        var decoderBlocks = RecurrentStack.Reserve(layout, shape.Cell, shape.Input, shape.Hidden, shape.Layers);
        var headBlock = layout.AddLinear(shape.Hidden, shape.Output);
        var scaleBlock = options.LearnedOutputScale ? layout.AddScalar(1f) : null;
        var store = new ParameterStore(backend, layout, seed);
        try
        {
            return new Seq2SeqForecaster(store, shape, options, encoderBlocks, decoderBlocks, headBlock, scaleBlock);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The sizes and loss (the head reads every step).</summary>
    public NetworkShape Shape { get; }

    /// <summary>The options it was built with.</summary>
    public Seq2SeqOptions Options { get; }

    /// <summary>λ of the L2 term.</summary>
    public float L2 => Options.L2;

    /// <summary>The learned output scale s now (downloaded); 1 when the scale is not learned.</summary>
    public float OutputScale
    {
        get
        {
            ThrowIfDisposed();
            return _scaleBlock is { } block ? Backend.Download(Parameters.Values.Slice(block.Offset, 1))[0] : 1f;
        }
    }

    /// <summary>The encoder.</summary>
    public RecurrentStack Encoder => _encoder;

    /// <summary>The decoder.</summary>
    public RecurrentStack Decoder => _decoder;

    /// <summary>The Linear head (H → O).</summary>
    public LinearLayer HeadLayer => _head;

    /// <inheritdoc />
    public override double ForwardFlops => _encoder.ForwardFlops + _decoder.ForwardFlops + _head.ForwardFlops(PredictionRows);

    /// <inheritdoc />
    public override float Regularize()
    {
        if (L2 == 0)
            return 0f;
        if (Options.L2Scope == L2Scope.RecurrentWeights)
            return Parameters.L2Penalty(L2);
        // Every block but s, which lies last: one contiguous range.
        var covered = Parameters.Count - (_scaleBlock is null ? 0 : 1);
        return Backend.L2Penalty(Parameters.Values.Slice(0, covered), Parameters.Gradients.Slice(0, covered), L2);
    }

    /// <summary>
    /// Free-running forecasts of the loaded inputs: decoder step t reads the model's own prediction at t − 1 (a zero GO step
    /// at t = 0) instead of the fed steps, as at inference. [T·B × O], rows time-major as <see cref="SequenceModel.Predict"/>.
    /// Leaves the parameters and the gradients alone.
    /// </summary>
    /// <exception cref="InvalidOperationException">O ≠ I: a prediction cannot be read as the next input.</exception>
    public float[] PredictFreeRunning()
    {
        ThrowIfDisposed();
        if (Shape.Output != Shape.Input)
            throw new InvalidOperationException(
                $"Free-running feeds each prediction back as the next decoder input, so it needs O = I, but O = {Shape.Output} and I = {Shape.Input}.");
        _encoder.Forward(Inputs.All);
        Backend.Fill(_decoderInputs.All, 0f);
        var stepLength = Batch * Shape.Input;
        // Pass t fixes the predictions of steps 0 … t (a decoder step depends only on the steps before it), so after
        // T passes every fed step is the model's own prediction.
        for (var t = 0; t < Steps; t++)
        {
            Decode();
            if (t + 1 < Steps)
                Backend.Copy(Predictions.All.Step(t, stepLength), _decoderInputs.All.Step(t + 1, stepLength));
        }
        return Backend.Download(Predictions.All);
    }

    /// <inheritdoc />
    protected override void Forward()
    {
        _encoder.Forward(Inputs.All);
        var fed = Options.DecoderFeed == DecoderFeed.ShiftedTargets ? Targets.All : Inputs.All;
        var stepLength = InputLength / Steps;
        if (Steps > 1)
            Backend.Copy(fed.Part(0, (Steps - 1) * stepLength), _decoderInputs.All.Part(stepLength, (Steps - 1) * stepLength));
        Decode();
    }

    /// <inheritdoc />
    protected override void BackwardCore()
    {
        var headGradients = PredictionGradients.All;
        if (_scaleBlock is { } block)
        {
            // ŷ = s·z: ∂s += Σ g·z (a 1×N by N×1 product) and ∂z = s·g (N×1 by 1×1).
            var n = PredictionRows * PredictionColumns;
            var (scale, scaleGradient) = (Parameters.Values.Slice(block.Offset, 1), Parameters.Gradients.Slice(block.Offset, 1));
            Backend.Gemm(Transpose.Yes, Transpose.No, 1, 1, n, 1f, PredictionGradients.All, _unscaled!.All, 1f, scaleGradient);
            Backend.Gemm(Transpose.No, Transpose.No, n, 1, 1, 1f, PredictionGradients.All, scale, 0f, _unscaledGradients!.All);
            headGradients = _unscaledGradients.All;
        }
        _head.Backward(_decoder.Output, headGradients, _decoder.OutputGradient, PredictionRows);
        _decoder.Backward();
        // The encoder's outputs reach the loss only through its final states.
        Backend.Fill(_encoder.OutputGradient, 0f);
        _encoder.Backward(default, _decoderInitialHiddenGradients, _decoderInitialCellGradients);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        _decoderInputs.Dispose();
        _unscaledGradients?.Dispose();
        _unscaled?.Dispose();
        _decoder.Dispose();
        _encoder.Dispose();
    }

    /// <summary>Decoder, head and scale over the decoder inputs as they are, from the encoder's final states.</summary>
    private void Decode()
    {
        _decoder.Forward(_decoderInputs.All, _encoderFinalHidden, _encoderFinalCell);
        if (_scaleBlock is not { } block)
        {
            _head.Forward(_decoder.Output, Predictions.All, PredictionRows);
            return;
        }
        _head.Forward(_decoder.Output, _unscaled!.All, PredictionRows);
        Backend.Gemm(Transpose.No, Transpose.No, PredictionRows * PredictionColumns, 1, 1, 1f, _unscaled.All,
            Parameters.Values.Slice(block.Offset, 1), 0f, Predictions.All);
    }

    private static void Validate(Seq2SeqOptions options, NetworkShape shape)
    {
        if (!(options.L2 >= 0) || !float.IsFinite(options.L2))
            throw new ArgumentOutOfRangeException(nameof(options), options.L2, $"options.L2 must be a finite number ≥ 0, not {options.L2}.");
        if (!Enum.IsDefined(options.L2Scope))
            throw new ArgumentException($"Unknown L2 scope {options.L2Scope}.", nameof(options));
        if (!Enum.IsDefined(options.DecoderFeed))
            throw new ArgumentException($"Unknown decoder feed {options.DecoderFeed}.", nameof(options));
        if (options.DecoderFeed == DecoderFeed.ShiftedTargets && shape.Output != shape.Input)
            throw new ArgumentException(
                $"Teacher forcing ({nameof(DecoderFeed)}.{nameof(DecoderFeed.ShiftedTargets)}) feeds the targets to the decoder, so it needs " +
                $"O = I, but O = {shape.Output} and I = {shape.Input}.", nameof(options));
    }
}
