namespace RnnKata.Engine;

/// <summary>
/// A stack of recurrent layers with a Linear head (or Linear → relu → Linear, see <see cref="NetworkShape.HeadHidden"/>) on the last step or on every step (<see cref="NetworkShape"/>):
/// it regresses or, with <see cref="LossKind.SoftmaxCrossEntropy"/>, classifies. Train it with a <see cref="Trainer"/>;
/// run it one step at a time with <see cref="CreateStepper"/>; carry the hidden state from one batch to the next
/// (truncated BPTT) with <see cref="CarryFinalState"/>.
/// </summary>
public sealed class RecurrentNetwork : SequenceModel
{
    private readonly RecurrentStack _stack;
    private readonly ParameterBlock? _hiddenHeadBlock;
    private readonly ParameterBlock _headBlock;
    private readonly DenseHead _head;
    private readonly StateBuffers _initialState;
    private bool _hasInitialState;
    private bool _ranForward;

    private RecurrentNetwork(
        ParameterStore store, NetworkShape shape, IReadOnlyList<ParameterBlock> layers, ParameterBlock? hiddenHeadBlock, ParameterBlock headBlock)
        : base(store, shape.Steps, shape.Batch, shape.Input, shape.PredictionSteps, shape.Output, shape.Loss)
    {
        (Shape, _hiddenHeadBlock, _headBlock) = (shape, hiddenHeadBlock, headBlock);
        _stack = new RecurrentStack(store, layers, shape.Batch, shape.Steps);
        _head = new DenseHead(store, hiddenHeadBlock, headBlock, shape.PredictionRows);
        _initialState = new StateBuffers(Backend, shape.Cell, shape.Layers, shape.Batch, shape.Hidden);
    }

    /// <summary>Builds the network and initialises its parameters from <paramref name="seed"/> (see <see cref="ParameterStore"/>).</summary>
    /// <param name="backend">Where it runs.</param>
    /// <param name="shape">Its sizes, head and loss (checked by <see cref="NetworkShape.Validate"/>).</param>
    /// <param name="seed">The initialisation's seed: the same seed gives the same parameters on every backend, whatever T and B.</param>
    /// <exception cref="ArgumentException">The shape is invalid; the message names the size.</exception>
    public static RecurrentNetwork Create(ComputeBackend backend, NetworkShape shape, int seed)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(shape);
        shape.Validate();
        var layout = new ParameterLayout();
        var blocks = RecurrentStack.Reserve(layout, shape.Cell, shape.Input, shape.Hidden, shape.Layers);
        var (hiddenHeadBlock, headBlock) = DenseHead.Reserve(layout, shape.Hidden, shape.HeadHidden, shape.Output);
        var store = new ParameterStore(backend, layout, seed);
        try
        {
            return new RecurrentNetwork(store, shape, blocks, hiddenHeadBlock, headBlock);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The sizes, head placement and loss.</summary>
    public NetworkShape Shape { get; }

    /// <summary>The recurrent layers.</summary>
    public RecurrentStack Stack => _stack;

    /// <summary>The head's output Linear layer (H → O, or HeadHidden → O when the head has a hidden layer).</summary>
    public LinearLayer HeadLayer => _head.Output;

    /// <summary>The head's hidden dense layer (H → HeadHidden, followed by relu), or null when <see cref="NetworkShape.HeadHidden"/> is 0.</summary>
    public LinearLayer? HiddenHeadLayer => _head.Hidden;

    /// <inheritdoc />
    public override double ForwardFlops => _stack.ForwardFlops + _head.ForwardFlops;

    /// <summary>
    /// A stepper that runs this network one step at a time for <paramref name="batch"/> rows, with its own hidden state
    /// (zero at first) and this network's parameters (not a copy: training the network changes what the stepper computes).
    /// </summary>
    public NetworkStepper CreateStepper(int batch)
    {
        ThrowIfDisposed();
        return new NetworkStepper(_stack, _hiddenHeadBlock, _headBlock, Shape, batch);
    }

    /// <summary>
    /// Sets h_0 (and c_0) of every layer for the following forward passes, instead of zeros. Gradients do not flow into it:
    /// it is a constant of the batch.
    /// </summary>
    /// <exception cref="ArgumentException">The state does not fit: L layers of B × H, with c exactly for the LSTM.</exception>
    public void SetInitialState(RecurrentState state)
    {
        ThrowIfDisposed();
        _initialState.Write(state, nameof(state));
        _hasInitialState = true;
    }

    /// <summary>
    /// Truncated BPTT: makes the final state h_T (and c_T) of the last forward pass the initial state of the next
    /// (copied on the device), so that the next batch continues the sequences of this one.
    /// </summary>
    /// <exception cref="InvalidOperationException">No forward pass has run yet.</exception>
    public void CarryFinalState()
    {
        RequireForward();
        _initialState.CopyFinalStateOf(_stack);
        _hasInitialState = true;
    }

    /// <summary>Goes back to zero initial states (the default).</summary>
    public void ResetInitialState()
    {
        ThrowIfDisposed();
        _hasInitialState = false;
    }

    /// <summary>The initial state the next forward pass starts from (zeros unless set or carried).</summary>
    public RecurrentState ReadInitialState()
    {
        ThrowIfDisposed();
        return _hasInitialState ? _initialState.Read() : RecurrentState.Zeros(Shape.Cell, Shape.Layers, Batch, Shape.Hidden);
    }

    /// <summary>h_T (and c_T) of every layer after the last forward pass.</summary>
    /// <exception cref="InvalidOperationException">No forward pass has run yet.</exception>
    public RecurrentState ReadFinalState()
    {
        RequireForward();
        return new RecurrentState(
            Enumerable.Range(0, _stack.Layers).Select(l => Backend.Download(_stack.LastHidden(l))).ToArray(),
            _stack.Cell == CellKind.Lstm ? Enumerable.Range(0, _stack.Layers).Select(l => Backend.Download(_stack.LastCell(l))).ToArray() : null);
    }

    /// <inheritdoc />
    protected override void Forward()
    {
        _stack.Forward(Inputs.All, _hasInitialState ? _initialState.Hidden : null, _hasInitialState ? _initialState.Cell : null);
        _head.Forward(HeadInputs, Predictions.All);
        _ranForward = true;
    }

    /// <inheritdoc />
    protected override void BackwardCore()
    {
        if (Shape.Head == HeadPlacement.LastStep)
        {
            // Only h_T reaches the loss: the other steps' output gradients are zero.
            Backend.Fill(_stack.OutputGradient, 0f);
            _head.Backward(HeadInputs, PredictionGradients.All, LastStep(_stack.OutputGradient));
        }
        else
        {
            _head.Backward(HeadInputs, PredictionGradients.All, _stack.OutputGradient);
        }
        _stack.Backward();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        _initialState.Dispose();
        _head.Dispose();
        _stack.Dispose();
    }

    private Slice HeadInputs => Shape.Head == HeadPlacement.LastStep ? LastStep(_stack.Output) : _stack.Output;

    private Slice LastStep(Slice sequence) => sequence.Step(Steps - 1, Batch * _stack.Hidden);

    private void RequireForward()
    {
        ThrowIfDisposed();
        if (!_ranForward)
            throw new InvalidOperationException("There is no final state yet: run a forward pass (Train, Evaluate, Predict) first.");
    }
}
