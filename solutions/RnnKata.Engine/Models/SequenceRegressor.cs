namespace RnnKata.Engine;

/// <summary>
/// A <see cref="RecurrentStack"/> with a Linear head on the last step or on every step, trained with
/// one of the <see cref="LossKind"/> losses. Inputs are time-major [T × B × I]; targets see <see cref="HeadPlacement"/>.
/// </summary>
public sealed class SequenceRegressor : SequenceModel
{
    private readonly RecurrentStack stack;
    private readonly LinearLayer head;

    private SequenceRegressor(ParameterStore store, IReadOnlyList<ParameterBlock> layers, ParameterBlock headBlock,
        int steps, int batch, HeadPlacement placement, LossKind loss)
        : base(store, steps * batch * layers[0].Recurrent!.Input, $"{steps}×{batch}×{layers[0].Recurrent!.Input} (T×B×I)",
               placement == HeadPlacement.LastStep ? batch : steps * batch, headBlock.LinearOutput, loss)
    {
        Placement = placement;
        stack = new RecurrentStack(store, layers, batch, steps);
        head = new LinearLayer(store, headBlock);
    }

    /// <summary>Builds the model and initialises its parameters from <paramref name="seed"/> (see <see cref="ParameterStore"/>).</summary>
    /// <param name="backend">Where it runs.</param>
    /// <param name="cell">The cell of every layer.</param>
    /// <param name="layers">L.</param>
    /// <param name="input">I, features per step.</param>
    /// <param name="hidden">H of every layer.</param>
    /// <param name="output">O: outputs (or classes, for the cross-entropy) per prediction.</param>
    /// <param name="steps">T.</param>
    /// <param name="batch">B.</param>
    /// <param name="placement">Where the head reads.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="seed">The initialisation's seed.</param>
    public static SequenceRegressor Create(ComputeBackend backend, CellKind cell, int layers, int input, int hidden, int output,
        int steps, int batch, HeadPlacement placement, LossKind loss, int seed)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        if (!Enum.IsDefined(placement))
            throw new ArgumentOutOfRangeException(nameof(placement), placement, "Unknown head placement.");
        var layout = new ParameterLayout();
        var blocks = RecurrentStack.Reserve(layout, cell, input, hidden, layers);
        var headBlock = layout.AddLinear(hidden, output);
        var store = new ParameterStore(backend, layout, seed);
        try
        {
            return new SequenceRegressor(store, blocks, headBlock, steps, batch, placement, loss);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The recurrent layers.</summary>
    public RecurrentStack Stack => stack;

    /// <summary>The head.</summary>
    public LinearLayer Head => head;

    /// <summary>Where the head reads.</summary>
    public HeadPlacement Placement { get; }

    /// <inheritdoc />
    public override int Batch => stack.Batch;

    /// <summary>T.</summary>
    public int Steps => stack.Steps;

    /// <inheritdoc />
    public override double ForwardFlops => stack.ForwardFlops + head.ForwardFlops(PredictionRows);

    /// <inheritdoc />
    protected override void Forward()
    {
        stack.Forward(Inputs.All);
        head.Forward(HeadInputs, Predictions.All, PredictionRows);
    }

    /// <inheritdoc />
    protected override void BackwardCore()
    {
        if (Placement == HeadPlacement.LastStep)
        {
            // Only h_T reaches the loss: the other steps' output gradients are zero.
            Backend.Fill(stack.OutputGradient, 0f);
            head.Backward(HeadInputs, PredictionGradients.All, LastStep(stack.OutputGradient), PredictionRows);
        }
        else
        {
            head.Backward(HeadInputs, PredictionGradients.All, stack.OutputGradient, PredictionRows);
        }
        stack.Backward();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing) => stack.Dispose();

    private Slice HeadInputs => Placement == HeadPlacement.LastStep ? LastStep(stack.Output) : stack.Output;

    private Slice LastStep(Slice sequence) => sequence.Step(Steps - 1, Batch * stack.Hidden);
}
