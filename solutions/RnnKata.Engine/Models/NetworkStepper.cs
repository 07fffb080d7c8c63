namespace RnnKata.Engine;

/// <summary>
/// Runs a <see cref="RecurrentNetwork"/> one step at a time for B rows, keeping h (and c, LSTM) of every layer between
/// steps: closed-loop generation (feed each prediction back as the next input) and sampling, with the network's own
/// parameters. Make one with <see cref="RecurrentNetwork.CreateStepper"/>; dispose it when done.
/// </summary>
/// <remarks>
/// Each <see cref="Step"/> applies the head to the top layer's new h, whatever the network's head placement, so
/// stepping T times from the zero state gives the every-step predictions of a forward pass over the same T inputs.
/// </remarks>
public sealed class NetworkStepper : IDisposable
{
    private readonly RecurrentStack _stack;
    private readonly DenseHead _head;
    private readonly RecurrentCache[] _caches;
    private readonly StateBuffers _state;
    private readonly DeviceBuffer _input;
    private readonly DeviceBuffer _output;
    private float[]? _lastOutputs;
    private bool _disposed;

    internal NetworkStepper(RecurrentStack stack, ParameterBlock? hiddenHeadBlock, ParameterBlock headBlock, NetworkShape shape, int batch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        (this._stack, Shape, Batch) = (stack, shape, batch);
        var backend = stack.Store.Backend;
        _head = new DenseHead(stack.Store, hiddenHeadBlock, headBlock, batch);
        _caches = stack.Shapes.Select(s => backend.CreateRecurrentCache(s, batch, steps: 1)).ToArray();
        _state = new StateBuffers(backend, shape.Cell, shape.Layers, batch, shape.Hidden);
        _input = backend.Allocate(batch * shape.Input);
        _output = backend.Allocate(batch * shape.Output);
    }

    /// <summary>The network's shape (its B and T do not apply: the stepper has its own <see cref="Batch"/> and steps one at a time).</summary>
    public NetworkShape Shape { get; }

    /// <summary>B, rows per step.</summary>
    public int Batch { get; }

    /// <summary>
    /// One step: x [B × I] in, the head's output for the top layer's new h [B × O] out (logits for a classifier).
    /// Every layer's state moves on by one step.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is not B × I floats, or holds a NaN or infinity.</exception>
    public float[] Step(ReadOnlySpan<float> x)
    {
        ThrowIfDisposed();
        if (x.Length != Batch * Shape.Input)
            throw new ArgumentException($"x must hold {Batch * Shape.Input} floats ({Batch}×{Shape.Input} (B×I)) but holds {x.Length}.", nameof(x));
        for (var i = 0; i < x.Length; i++)
        {
            if (!float.IsFinite(x[i]))
                throw new ArgumentException($"x[{i}] is {x[i]}: inputs must be finite.", nameof(x));
        }
        var backend = _stack.Store.Backend;
        backend.Upload(_input.All, x);
        var layerInput = _input.All;
        for (var l = 0; l < _caches.Length; l++)
        {
            backend.RecurrentForward(_stack.Shapes[l], _stack.Weights[l], layerInput, _state.Hidden[l], _state.Cell?[l] ?? default, _caches[l]);
            backend.Copy(_caches[l].LastHidden, _state.Hidden[l]);
            if (_state.Cell is { } cell)
                backend.Copy(_caches[l].LastCell, cell[l]);
            layerInput = _caches[l].Hidden;
        }
        _head.Forward(layerInput, _output.All);
        _lastOutputs = backend.Download(_output.All);
        return (float[])_lastOutputs.Clone();
    }

    /// <summary>The softmax of the last <see cref="Step"/>'s outputs, [B × classes]: what to sample the next class from.</summary>
    /// <exception cref="InvalidOperationException">The network does not classify, or no step has run since the last reset.</exception>
    public float[] Probabilities()
    {
        ThrowIfDisposed();
        if (!Shape.Classifies)
            throw new InvalidOperationException(
                $"Probabilities need a classifier (loss {LossKind.SoftmaxCrossEntropy}); this network's loss is {Shape.Loss}, so its outputs are values, not logits.");
        if (_lastOutputs is null)
            throw new InvalidOperationException("Probabilities are those of the last step: call Step first.");
        return Softmax.Rows(_lastOutputs, Shape.Output);
    }

    /// <summary>Zeroes every layer's state (the start of a sequence).</summary>
    public void Reset()
    {
        ThrowIfDisposed();
        _state.Zero();
        _lastOutputs = null;
    }

    /// <summary>h (and c) of every layer now: get reads a copy, set replaces it (e.g. with a network's <see cref="RecurrentNetwork.ReadFinalState"/> when B agrees).</summary>
    /// <exception cref="ArgumentException">Set: the state does not fit L layers of B × H, with c exactly for the LSTM.</exception>
    public RecurrentState State
    {
        get
        {
            ThrowIfDisposed();
            return _state.Read();
        }
        set
        {
            ThrowIfDisposed();
            _state.Write(value, nameof(value));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        foreach (var d in _caches.Concat<IDisposable>([_state, _input, _output, _head]))
            d.Dispose();
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
