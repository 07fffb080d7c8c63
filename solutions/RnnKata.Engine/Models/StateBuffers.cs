namespace RnnKata.Engine;

/// <summary>Device buffers for h (and c, LSTM) of every layer of a stack, B rows each: a carried or stepped state.</summary>
internal sealed class StateBuffers : IDisposable
{
    private readonly DeviceBuffer[] hidden;
    private readonly DeviceBuffer[] cell;

    public StateBuffers(ComputeBackend backend, CellKind cellKind, int layers, int batch, int hiddenSize)
    {
        (Backend, CellKind, Batch, HiddenSize) = (backend, cellKind, batch, hiddenSize);
        hidden = Enumerable.Range(0, layers).Select(_ => backend.Allocate(batch * hiddenSize)).ToArray();
        cell = cellKind == CellKind.Lstm ? Enumerable.Range(0, layers).Select(_ => backend.Allocate(batch * hiddenSize)).ToArray() : [];
        Hidden = hidden.Select(b => b.All).ToArray();
        Cell = cell.Length > 0 ? cell.Select(b => b.All).ToArray() : null;
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
        foreach (var b in hidden.Concat(cell))
            Backend.Fill(b.All, 0f);
    }

    public RecurrentState Read() => new(
        hidden.Select(b => Backend.Download(b.All)).ToArray(),
        cell.Length > 0 ? cell.Select(b => Backend.Download(b.All)).ToArray() : null);

    public void Write(RecurrentState state, string name)
    {
        ArgumentNullException.ThrowIfNull(state, name);
        state.Require(CellKind, hidden.Length, Batch, HiddenSize, name);
        for (var l = 0; l < hidden.Length; l++)
        {
            Backend.Upload(hidden[l].All, state.Hidden[l]);
            if (cell.Length > 0)
                Backend.Upload(cell[l].All, state.Cell![l]);
        }
    }

    /// <summary>Copies h_T (and c_T) of every layer of <paramref name="stack"/>'s last forward pass into these buffers.</summary>
    public void CopyFinalStateOf(RecurrentStack stack)
    {
        for (var l = 0; l < hidden.Length; l++)
        {
            Backend.Copy(stack.LastHidden(l), hidden[l].All);
            if (cell.Length > 0)
                Backend.Copy(stack.LastCell(l), cell[l].All);
        }
    }

    public void Dispose()
    {
        foreach (var b in hidden.Concat(cell))
            b.Dispose();
    }
}
