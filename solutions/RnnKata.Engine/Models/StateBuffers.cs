namespace RnnKata.Engine;

/// <summary>Device buffers for h (and c, LSTM) of every layer of a stack, B rows each: a carried or stepped state.</summary>
internal sealed class StateBuffers : IDisposable
{
    private readonly DeviceBuffer[] _hidden;
    private readonly DeviceBuffer[] _cell;

    public StateBuffers(ComputeBackend backend, CellKind cellKind, int layers, int batch, int hiddenSize)
    {
        (Backend, CellKind, Batch, HiddenSize) = (backend, cellKind, batch, hiddenSize);
        _hidden = Enumerable.Range(0, layers).Select(_ => backend.Allocate(batch * hiddenSize)).ToArray();
        _cell = cellKind == CellKind.Lstm ? Enumerable.Range(0, layers).Select(_ => backend.Allocate(batch * hiddenSize)).ToArray() : [];
        Hidden = _hidden.Select(b => b.All).ToArray();
        Cell = _cell.Length > 0 ? _cell.Select(b => b.All).ToArray() : null;
    }

    public ComputeBackend Backend { get; }

    public CellKind CellKind { get; }

    public int Batch { get; }

    public int HiddenSize { get; }

    /// <summary>h of every layer.</summary>
    public IReadOnlyList<Slice> Hidden { get; }

    /// <summary>c of every layer (LSTM), else null.</summary>
    public IReadOnlyList<Slice>? Cell { get; }

    public void Zero()
    {
        foreach (var b in _hidden.Concat(_cell))
            Backend.Fill(b.All, 0f);
    }

    public RecurrentState Read() => new(
        _hidden.Select(b => Backend.Download(b.All)).ToArray(),
        _cell.Length > 0 ? _cell.Select(b => Backend.Download(b.All)).ToArray() : null);

    public void Write(RecurrentState state, string name)
    {
        ArgumentNullException.ThrowIfNull(state, name);
        state.Require(CellKind, _hidden.Length, Batch, HiddenSize, name);
        for (var l = 0; l < _hidden.Length; l++)
        {
            Backend.Upload(_hidden[l].All, state.Hidden[l]);
            if (_cell.Length > 0)
                Backend.Upload(_cell[l].All, state.Cell![l]);
        }
    }

    /// <summary>Copies h_T (and c_T) of every layer of <paramref name="stack"/>'s last forward pass into these buffers.</summary>
    public void CopyFinalStateOf(RecurrentStack stack)
    {
        for (var l = 0; l < _hidden.Length; l++)
        {
            Backend.Copy(stack.LastHidden(l), _hidden[l].All);
            if (_cell.Length > 0)
                Backend.Copy(stack.LastCell(l), _cell[l].All);
        }
    }

    public void Dispose()
    {
        foreach (var b in _hidden.Concat(_cell))
            b.Dispose();
    }
}
