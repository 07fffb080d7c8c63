namespace RnnKata.Engine.Ilgpu;

/// <summary>
/// What the ILGPU backend keeps between a recurrent layer's forward and backward pass, and its scratch space.
/// </summary>
internal sealed class IlgpuRecurrentCache : RecurrentCache
{
    private readonly DeviceBuffer[] _owned;

    public IlgpuRecurrentCache(IlgpuBackend backend, RecurrentShape shape, int batch, int steps) : base(shape, batch, steps)
    {
        var rows = batch * steps;
        var gates = shape.Gates * shape.Hidden;
        var state = batch * shape.Hidden;
        HiddenBuffer = backend.Allocate(rows * shape.Hidden);
        CellBuffer = shape.HasCellState ? backend.Allocate(rows * shape.Hidden) : null;
        Gates = backend.Allocate(shape.Cell is CellKind.Lstm or CellKind.Gru ? rows * gates : 0);
        HiddenN = backend.Allocate(shape.Cell == CellKind.Gru ? rows * shape.Hidden : 0);
        Projection = backend.Allocate(rows * gates);
        HiddenGateGradients = backend.Allocate(shape.Cell == CellKind.Gru ? rows * gates : 0);
        StepProjection = backend.Allocate(batch * gates);
        PreviousHidden = backend.Allocate(rows * shape.Hidden);
        Zeros = backend.Allocate(state);
        HiddenCarry = backend.Allocate(state);
        CellCarry = backend.Allocate(shape.HasCellState ? state : 0);
        _owned = [HiddenBuffer, Gates, HiddenN, Projection, HiddenGateGradients, StepProjection, PreviousHidden, Zeros, HiddenCarry, CellCarry];
    }

    public override Slice Hidden => HiddenBuffer.All;

    public override Slice Cell => CellBuffer?.All ?? default;

    public DeviceBuffer HiddenBuffer { get; }

    public DeviceBuffer? CellBuffer { get; }

    /// <summary>Activated gates per step, [T × B × G·H] (LSTM i, f, g, o; GRU r, z, n); empty for Elman, whose h is its activation.</summary>
    public DeviceBuffer Gates { get; }

    /// <summary>GRU: h_{t−1}·W_hnᵀ + b_hn per step, [T × B × H].</summary>
    public DeviceBuffer HiddenN { get; }

    /// <summary>Forward: x·W_ihᵀ for all steps; backward: the pre-activation gradients dG, [T × B × G·H].</summary>
    public DeviceBuffer Projection { get; }

    /// <summary>GRU backward: dG with the n block's hidden part dA_n ⊙ r, [T × B × G·H].</summary>
    public DeviceBuffer HiddenGateGradients { get; }

    /// <summary>h_{t−1}·W_hhᵀ of one step, [B × G·H].</summary>
    public DeviceBuffer StepProjection { get; }

    /// <summary>Backward: [h_0; h_1; …; h_{T−1}], [T × B × H].</summary>
    public DeviceBuffer PreviousHidden { get; }

    /// <summary>Zeros standing in for an absent h_0 or c_0, [B × H]; never written.</summary>
    public DeviceBuffer Zeros { get; }

    /// <summary>Backward: ∂L/∂h_{t} flowing back from step t + 1, [B × H].</summary>
    public DeviceBuffer HiddenCarry { get; }

    /// <summary>Backward (LSTM): ∂L/∂c_{t} flowing back from step t + 1, [B × H].</summary>
    public DeviceBuffer CellCarry { get; }

    protected override void Release()
    {
        CellBuffer?.Dispose();
        foreach (var buffer in _owned)
            buffer.Dispose();
    }
}
