namespace RnnKata.Engine;

/// <summary>
/// L recurrent layers of one cell kind, each feeding its hidden states to the next (sizes I → H → … → H),
/// for a fixed batch B and sequence length T. It owns the caches and the gradient buffers of BPTT.
/// </summary>
public sealed class RecurrentStack : IDisposable
{
    private readonly RecurrentCache[] _caches;
    private readonly DeviceBuffer[] _hiddenGradients;
    private readonly DeviceBuffer[] _initialHiddenGradients;
    private readonly DeviceBuffer[] _initialCellGradients;
    private Slice _inputs;
    private IReadOnlyList<Slice>? _initialHidden;
    private IReadOnlyList<Slice>? _initialCell;

    /// <summary>A stack over the layers <paramref name="layers"/> of <paramref name="store"/> (from <see cref="Reserve"/>).</summary>
    /// <param name="store">Holds the layers' parameters and gradients.</param>
    /// <param name="layers">One recurrent block per layer, bottom first; each takes the hidden size of the one below.</param>
    /// <param name="batch">B, rows per step.</param>
    /// <param name="steps">T, steps per sequence.</param>
    /// <param name="initialStateGradients">Whether <see cref="Backward"/> computes ∂L/∂h_0 (and ∂L/∂c_0) of every layer.</param>
    public RecurrentStack(ParameterStore store, IReadOnlyList<ParameterBlock> layers, int batch, int steps, bool initialStateGradients = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        if (layers.Count == 0)
            throw new ArgumentException("A stack needs at least one layer.", nameof(layers));
        Shapes = layers.Select((block, l) => block.Recurrent ?? throw new ArgumentException($"layers[{l}] is a Linear block.", nameof(layers))).ToArray();
        for (var l = 1; l < Shapes.Count; l++)
        {
            if (Shapes[l].Cell != Shapes[0].Cell)
                throw new ArgumentException($"layers[{l}] is {Shapes[l].Cell}, layers[0] is {Shapes[0].Cell}: a stack has one cell kind.", nameof(layers));
            if (Shapes[l].Input != Shapes[l - 1].Hidden)
                throw new ArgumentException(
                    $"layers[{l}] takes {Shapes[l].Input} inputs but layers[{l - 1}] has {Shapes[l - 1].Hidden} hidden units.", nameof(layers));
        }

        (Store, Batch, Steps) = (store, batch, steps);
        var backend = store.Backend;
        Weights = layers.Select(b => b.RecurrentIn(store.Values)).ToArray();
        WeightGradients = layers.Select(b => b.RecurrentIn(store.Gradients)).ToArray();
        _caches = Shapes.Select(s => backend.CreateRecurrentCache(s, batch, steps)).ToArray();
        _hiddenGradients = Shapes.Select(s => backend.Allocate(steps * batch * s.Hidden)).ToArray();
        _initialHiddenGradients = initialStateGradients ? Shapes.Select(s => backend.Allocate(batch * s.Hidden)).ToArray() : [];
        _initialCellGradients = initialStateGradients && Cell == CellKind.Lstm
            ? Shapes.Select(s => backend.Allocate(batch * s.Hidden)).ToArray()
            : [];
    }

    /// <summary>Reserves the blocks of <paramref name="layers"/> layers of <paramref name="cell"/> in <paramref name="layout"/>.</summary>
    public static IReadOnlyList<ParameterBlock> Reserve(ParameterLayout layout, CellKind cell, int input, int hidden, int layers)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentOutOfRangeException.ThrowIfLessThan(layers, 1);
        return Enumerable.Range(0, layers).Select(l => layout.AddRecurrent(new RecurrentShape(cell, l == 0 ? input : hidden, hidden))).ToArray();
    }

    /// <summary>The parameter store.</summary>
    public ParameterStore Store { get; }

    /// <summary>The layers, bottom first.</summary>
    public IReadOnlyList<RecurrentShape> Shapes { get; }

    /// <summary>Each layer's parameters.</summary>
    public IReadOnlyList<RecurrentWeights> Weights { get; }

    /// <summary>Each layer's parameter gradients.</summary>
    public IReadOnlyList<RecurrentWeights> WeightGradients { get; }

    /// <summary>The cell kind.</summary>
    public CellKind Cell => Shapes[0].Cell;

    /// <summary>L, the number of layers.</summary>
    public int Layers => Shapes.Count;

    /// <summary>H of the top layer.</summary>
    public int Hidden => Shapes[^1].Hidden;

    /// <summary>B.</summary>
    public int Batch { get; }

    /// <summary>T.</summary>
    public int Steps { get; }

    /// <summary>The top layer's h_1 … h_T, [T × B × H], after <see cref="Forward"/>.</summary>
    public Slice Output => _caches[^1].Hidden;

    /// <summary>
    /// ∂L/∂(top layer's h_t), [T × B × H]: the caller writes it before <see cref="Backward"/> (which may overwrite it,
    /// so write it again before each backward pass).
    /// </summary>
    public Slice OutputGradient => _hiddenGradients[^1].All;

    /// <summary>Layer l's h_T, [B × H].</summary>
    public Slice LastHidden(int layer) => _caches[layer].LastHidden;

    /// <summary>Layer l's c_T, [B × H], for the LSTM; absent for other cells.</summary>
    public Slice LastCell(int layer) => _caches[layer].LastCell;

    /// <summary>∂L/∂h_0 of layer l after <see cref="Backward"/> (only with initial-state gradients).</summary>
    public Slice InitialHiddenGradient(int layer) => _initialHiddenGradients.Length > 0
        ? _initialHiddenGradients[layer].All
        : throw new InvalidOperationException("This stack was made without initial-state gradients.");

    /// <summary>∂L/∂c_0 of layer l after <see cref="Backward"/> (LSTM, only with initial-state gradients); absent for other cells.</summary>
    public Slice InitialCellGradient(int layer) => _initialCellGradients.Length > 0 ? _initialCellGradients[layer].All : default;

    /// <summary>Runs every layer over the sequence.</summary>
    /// <param name="inputs">x_1 … x_T, [T × B × I].</param>
    /// <param name="initialHidden">h_0 of every layer ([B × H] each); null means zeros.</param>
    /// <param name="initialCell">c_0 of every layer for the LSTM; null means zeros.</param>
    public void Forward(Slice inputs, IReadOnlyList<Slice>? initialHidden = null, IReadOnlyList<Slice>? initialCell = null)
    {
        RequirePerLayer(initialHidden, nameof(initialHidden));
        RequirePerLayer(initialCell, nameof(initialCell));
        (this._inputs, this._initialHidden, this._initialCell) = (inputs, initialHidden, initialCell);
        var backend = Store.Backend;
        var x = inputs;
        for (var l = 0; l < Layers; l++)
        {
            backend.RecurrentForward(Shapes[l], Weights[l], x, initialHidden?[l] ?? default, initialCell?[l] ?? default, _caches[l]);
            x = _caches[l].Hidden;
        }
    }

    /// <summary>
    /// BPTT through every layer, top first, from <see cref="OutputGradient"/>: accumulates the parameter gradients.
    /// </summary>
    /// <param name="inputGradients">∂L/∂x_t, [T × B × I], overwritten; absent when not wanted.</param>
    /// <param name="finalHiddenGradients">∂L/∂h_T of every layer from outside the stack (e.g. a decoder started from this
    /// stack's final states); null means none.</param>
    /// <param name="finalCellGradients">∂L/∂c_T of every layer (LSTM); null means none.</param>
    public void Backward(Slice inputGradients = default, IReadOnlyList<Slice>? finalHiddenGradients = null, IReadOnlyList<Slice>? finalCellGradients = null)
    {
        if (!_inputs.IsPresent)
            throw new InvalidOperationException("Backward needs a Forward first.");
        RequirePerLayer(finalHiddenGradients, nameof(finalHiddenGradients));
        RequirePerLayer(finalCellGradients, nameof(finalCellGradients));
        var backend = Store.Backend;
        for (var l = Layers - 1; l >= 0; l--)
        {
            var shape = Shapes[l];
            if (finalHiddenGradients is not null)
                backend.Axpy(1f, finalHiddenGradients[l], _hiddenGradients[l].All.Step(Steps - 1, Batch * shape.Hidden));
            backend.RecurrentBackward(
                shape, Weights[l], _caches[l],
                l == 0 ? _inputs : _caches[l - 1].Hidden,
                _initialHidden?[l] ?? default, _initialCell?[l] ?? default,
                _hiddenGradients[l].All, finalCellGradients?[l] ?? default, WeightGradients[l],
                l == 0 ? inputGradients : _hiddenGradients[l - 1].All,
                _initialHiddenGradients.Length > 0 ? _initialHiddenGradients[l].All : default,
                _initialCellGradients.Length > 0 ? _initialCellGradients[l].All : default);
        }
    }

    /// <summary>Matmul FLOPs of one forward pass: Σ over layers of 2·B·T·G·H·(I + H).</summary>
    public double ForwardFlops => Shapes.Sum(s => s.ForwardFlops(Batch, Steps));

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var d in _caches.Concat<IDisposable>(_hiddenGradients).Concat(_initialHiddenGradients).Concat(_initialCellGradients))
            d.Dispose();
    }

    private void RequirePerLayer(IReadOnlyList<Slice>? slices, string name)
    {
        if (slices is not null && slices.Count != Layers)
            throw new ArgumentException($"{name} must hold one slice per layer ({Layers}), not {slices.Count}.", name);
    }
}
