namespace RnnKata.Engine;

/// <summary>
/// An encoder–decoder forecaster (the seq2seq of the peer benchmark's configurations C and D): an encoder
/// stack reads T steps, a decoder stack of the same cell and sizes starts from the encoder's final states
/// and reads a zero GO step followed by the encoder's inputs shifted by one, and a Linear head maps every
/// decoder step to O outputs. Loss: the shape's regression loss (the benchmark's ½Σ(p − t)²) plus λ·½Σw² over
/// the recurrent weights (not biases, not the head). Inputs [T × B × I], targets [T × B × O].
/// </summary>
public sealed class Seq2SeqForecaster : SequenceModel
{
    private readonly RecurrentStack _encoder;
    private readonly RecurrentStack _decoder;
    private readonly LinearLayer _head;
    private readonly DeviceBuffer _decoderInputs;
    private readonly Slice[] _encoderFinalHidden;
    private readonly Slice[]? _encoderFinalCell;
    private readonly Slice[] _decoderInitialHiddenGradients;
    private readonly Slice[]? _decoderInitialCellGradients;

    private Seq2SeqForecaster(ParameterStore store, NetworkShape shape, IReadOnlyList<ParameterBlock> encoderBlocks,
        IReadOnlyList<ParameterBlock> decoderBlocks, ParameterBlock headBlock, float l2)
        : base(store, shape.Steps, shape.Batch, shape.Input, shape.Steps, shape.Output, shape.Loss)
    {
        (Shape, L2) = (shape, l2);
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

        // Step 0 (the GO step) stays zero; steps 1 … T−1 receive x_0 … x_{T−2} in every forward pass.
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
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(shape);
        shape.Validate();
        if (shape.Head != HeadPlacement.EveryStep)
            throw new ArgumentException($"A forecaster predicts every step: its head must be {HeadPlacement.EveryStep}, not {shape.Head}.", nameof(shape));
        if (shape.Classifies)
            throw new ArgumentException($"A forecaster regresses: {shape.Loss} is a classification loss.", nameof(shape));
        if (!(l2 >= 0) || !float.IsFinite(l2))
            throw new ArgumentOutOfRangeException(nameof(l2), l2, "The L2 coefficient must be a finite number ≥ 0.");
        var layout = new ParameterLayout();
        var encoderBlocks = RecurrentStack.Reserve(layout, shape.Cell, shape.Input, shape.Hidden, shape.Layers);
        var decoderBlocks = RecurrentStack.Reserve(layout, shape.Cell, shape.Input, shape.Hidden, shape.Layers);
        var headBlock = layout.AddLinear(shape.Hidden, shape.Output);
        var store = new ParameterStore(backend, layout, seed);
        try
        {
            return new Seq2SeqForecaster(store, shape, encoderBlocks, decoderBlocks, headBlock, l2);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The sizes and loss (the head reads every step).</summary>
    public NetworkShape Shape { get; }

    /// <summary>λ of the L2 term.</summary>
    public float L2 { get; }

    /// <summary>The encoder.</summary>
    public RecurrentStack Encoder => _encoder;

    /// <summary>The decoder.</summary>
    public RecurrentStack Decoder => _decoder;

    /// <summary>The Linear head (H → O).</summary>
    public LinearLayer HeadLayer => _head;

    /// <inheritdoc />
    public override double ForwardFlops => _encoder.ForwardFlops + _decoder.ForwardFlops + _head.ForwardFlops(PredictionRows);

    /// <inheritdoc />
    public override float Regularize() => L2 > 0 ? Parameters.L2Penalty(L2) : 0f;

    /// <inheritdoc />
    protected override void Forward()
    {
        _encoder.Forward(Inputs.All);
        var stepLength = InputLength / Steps;
        if (Steps > 1)
            Backend.Copy(Inputs.All.Part(0, (Steps - 1) * stepLength), _decoderInputs.All.Part(stepLength, (Steps - 1) * stepLength));
        _decoder.Forward(_decoderInputs.All, _encoderFinalHidden, _encoderFinalCell);
        _head.Forward(_decoder.Output, Predictions.All, PredictionRows);
    }

    /// <inheritdoc />
    protected override void BackwardCore()
    {
        _head.Backward(_decoder.Output, PredictionGradients.All, _decoder.OutputGradient, PredictionRows);
        _decoder.Backward();
        // The encoder's outputs reach the loss only through its final states.
        Backend.Fill(_encoder.OutputGradient, 0f);
        _encoder.Backward(default, _decoderInitialHiddenGradients, _decoderInitialCellGradients);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        _decoderInputs.Dispose();
        _decoder.Dispose();
        _encoder.Dispose();
    }
}
