namespace RnnKata.Engine;

/// <summary>
/// An encoder–decoder forecaster (the seq2seq of the peer benchmark's configurations C and D): an encoder
/// stack reads T steps, a decoder stack of the same cell and sizes starts from the encoder's final states
/// and reads a zero GO step followed by the encoder's inputs shifted by one, and a Linear head maps every
/// decoder step to O outputs. Loss ½Σ(p − t)² plus λ·½Σw² over the recurrent weights (not biases, not the head).
/// Inputs [T × B × I], targets [T × B × O], both time-major.
/// </summary>
public sealed class Seq2SeqForecaster : SequenceModel
{
    private readonly RecurrentStack encoder;
    private readonly RecurrentStack decoder;
    private readonly LinearLayer head;
    private readonly DeviceBuffer decoderInputs;
    private readonly Slice[] encoderFinalHidden;
    private readonly Slice[]? encoderFinalCell;
    private readonly Slice[] decoderInitialHiddenGradients;
    private readonly Slice[]? decoderInitialCellGradients;

    private Seq2SeqForecaster(ParameterStore store, IReadOnlyList<ParameterBlock> encoderBlocks, IReadOnlyList<ParameterBlock> decoderBlocks,
        ParameterBlock headBlock, int steps, int batch, float l2)
        : base(store, steps * batch * encoderBlocks[0].Recurrent!.Input, $"{steps}×{batch}×{encoderBlocks[0].Recurrent!.Input} (T×B×I)",
               steps * batch, headBlock.LinearOutput, LossKind.HalfSumOfSquares)
    {
        L2 = l2;
        encoder = new RecurrentStack(store, encoderBlocks, batch, steps);
        decoder = new RecurrentStack(store, decoderBlocks, batch, steps, initialStateGradients: true);
        head = new LinearLayer(store, headBlock);
        var layers = encoder.Layers;
        encoderFinalHidden = Enumerable.Range(0, layers).Select(encoder.LastHidden).ToArray();
        decoderInitialHiddenGradients = Enumerable.Range(0, layers).Select(decoder.InitialHiddenGradient).ToArray();
        if (encoder.Cell == CellKind.Lstm)
        {
            encoderFinalCell = Enumerable.Range(0, layers).Select(encoder.LastCell).ToArray();
            decoderInitialCellGradients = Enumerable.Range(0, layers).Select(decoder.InitialCellGradient).ToArray();
        }

        // Step 0 (the GO step) stays zero; steps 1 … T−1 receive x_0 … x_{T−2} in every forward pass.
        decoderInputs = Backend.Allocate(InputLength);
    }

    /// <summary>Builds the model and initialises its parameters from <paramref name="seed"/> (encoder, decoder, head).</summary>
    /// <param name="backend">Where it runs.</param>
    /// <param name="cell">The cell of both stacks.</param>
    /// <param name="layers">L of each stack.</param>
    /// <param name="input">I, features per input step (also the decoder's input size).</param>
    /// <param name="hidden">H of every layer.</param>
    /// <param name="output">O, outputs per forecast step.</param>
    /// <param name="steps">T, steps in and steps out.</param>
    /// <param name="batch">B.</param>
    /// <param name="l2">λ of the L2 term on the recurrent weights (0 for none).</param>
    /// <param name="seed">The initialisation's seed.</param>
    public static Seq2SeqForecaster Create(ComputeBackend backend, CellKind cell, int layers, int input, int hidden, int output,
        int steps, int batch, float l2, int seed)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        if (!(l2 >= 0) || !float.IsFinite(l2))
            throw new ArgumentOutOfRangeException(nameof(l2), l2, "The L2 coefficient must be a finite number ≥ 0.");
        var layout = new ParameterLayout();
        var encoderBlocks = RecurrentStack.Reserve(layout, cell, input, hidden, layers);
        var decoderBlocks = RecurrentStack.Reserve(layout, cell, input, hidden, layers);
        var headBlock = layout.AddLinear(hidden, output);
        var store = new ParameterStore(backend, layout, seed);
        try
        {
            return new Seq2SeqForecaster(store, encoderBlocks, decoderBlocks, headBlock, steps, batch, l2);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>λ of the L2 term.</summary>
    public float L2 { get; }

    /// <summary>The encoder.</summary>
    public RecurrentStack Encoder => encoder;

    /// <summary>The decoder.</summary>
    public RecurrentStack Decoder => decoder;

    /// <summary>The head.</summary>
    public LinearLayer Head => head;

    /// <inheritdoc />
    public override int Batch => encoder.Batch;

    /// <summary>T.</summary>
    public int Steps => encoder.Steps;

    /// <inheritdoc />
    public override double ForwardFlops => encoder.ForwardFlops + decoder.ForwardFlops + head.ForwardFlops(PredictionRows);

    /// <inheritdoc />
    public override float Regularize() => L2 > 0 ? Parameters.L2Penalty(L2) : 0f;

    /// <inheritdoc />
    protected override void Forward()
    {
        encoder.Forward(Inputs.All);
        var stepLength = InputLength / Steps;
        if (Steps > 1)
            Backend.Copy(Inputs.All.Part(0, (Steps - 1) * stepLength), decoderInputs.All.Part(stepLength, (Steps - 1) * stepLength));
        decoder.Forward(decoderInputs.All, encoderFinalHidden, encoderFinalCell);
        head.Forward(decoder.Output, Predictions.All, PredictionRows);
    }

    /// <inheritdoc />
    protected override void BackwardCore()
    {
        head.Backward(decoder.Output, PredictionGradients.All, decoder.OutputGradient, PredictionRows);
        decoder.Backward();
        // The encoder's outputs reach the loss only through its final states.
        Backend.Fill(encoder.OutputGradient, 0f);
        encoder.Backward(default, decoderInitialHiddenGradients, decoderInitialCellGradients);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        decoderInputs.Dispose();
        decoder.Dispose();
        encoder.Dispose();
    }
}
