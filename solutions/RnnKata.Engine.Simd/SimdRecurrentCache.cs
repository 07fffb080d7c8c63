namespace RnnKata.Engine.Simd;

/// <summary>
/// What the SIMD backend keeps of a forward pass: h and c of every step, the activated gates, and for
/// the GRU h·W_hnᵀ + b_hn; plus the gradient buffers BPTT reuses from one iteration to the next.
/// </summary>
internal sealed class SimdRecurrentCache : RecurrentCache
{
    private readonly SimdBackend _backend;
    private HostBuffer? _inputGradients;
    private HostBuffer? _hiddenGradients;

    public SimdRecurrentCache(SimdBackend backend, RecurrentShape shape, int batch, int steps) : base(shape, batch, steps)
    {
        _backend = backend;
        var states = steps * batch * shape.Hidden;
        HiddenBuffer = backend.AllocateHost(states);
        CellBuffer = shape.HasCellState ? backend.AllocateHost(states) : null;
        Gates = backend.AllocateHost(steps * batch * shape.Gates * shape.Hidden);
        HiddenN = shape.Cell == CellKind.Gru ? backend.AllocateHost(states) : null;
    }

    public HostBuffer HiddenBuffer { get; }

    public HostBuffer? CellBuffer { get; }

    /// <summary>[T × B × G·H]: the input projection, then (after each step) the activated gates.</summary>
    public HostBuffer Gates { get; }

    /// <summary>[T × B × H], GRU only: h_{t−1}·W_hnᵀ + b_hn.</summary>
    public HostBuffer? HiddenN { get; }

    public override Slice Hidden => HiddenBuffer.All;

    public override Slice Cell => CellBuffer?.All ?? default;

    /// <summary>[T × B × G·H]: pre-activation gradients (the input side for the GRU).</summary>
    public HostBuffer InputSideGradients => _inputGradients ??= _backend.AllocateHost(Gates.Length);

    /// <summary>[T × B × G·H]: the GRU's hidden-side pre-activation gradients (its n block is dA_n⊙r).</summary>
    public HostBuffer HiddenSideGradients => _hiddenGradients ??= _backend.AllocateHost(Gates.Length);

    protected override void Release()
    {
        HiddenBuffer.Dispose();
        CellBuffer?.Dispose();
        Gates.Dispose();
        HiddenN?.Dispose();
        _inputGradients?.Dispose();
        _hiddenGradients?.Dispose();
    }
}
