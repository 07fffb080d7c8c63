namespace RnnKata.Engine;

/// <summary>
/// What a recurrent layer's forward pass over a sequence keeps for backpropagation through time.
/// A backend creates it (<see cref="ComputeBackend.CreateRecurrentCache"/>) and decides what else it
/// stores (gate activations, cell states, pre-computed input projections); the public part is the
/// layer's output.
/// </summary>
public abstract class RecurrentCache : IDisposable
{
    /// <summary>A cache for <paramref name="steps"/> steps of <paramref name="batch"/> rows.</summary>
    protected RecurrentCache(RecurrentShape shape, int batch, int steps)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        (Shape, Batch, Steps) = (shape, batch, steps);
    }

    /// <summary>The layer.</summary>
    public RecurrentShape Shape { get; }

    /// <summary>The backend that created the cache (set by <see cref="ComputeBackend.CreateRecurrentCache"/>); only it can use the cache.</summary>
    public ComputeBackend? Owner { get; internal set; }

    /// <summary>B: rows per step.</summary>
    public int Batch { get; }

    /// <summary>T: steps.</summary>
    public int Steps { get; }

    /// <summary>h_1 … h_T, time-major [T × B × H]: the layer's output, written by the forward pass.</summary>
    public abstract Slice Hidden { get; }

    /// <summary>c_1 … c_T, [T × B × H], for the LSTM; absent for other cells.</summary>
    public abstract Slice Cell { get; }

    /// <summary>h_T, [B × H].</summary>
    public Slice LastHidden => Hidden.Step(Steps - 1, Batch * Shape.Hidden);

    /// <summary>c_T, [B × H], for the LSTM; absent for other cells.</summary>
    public Slice LastCell => Cell.IsPresent ? Cell.Step(Steps - 1, Batch * Shape.Hidden) : default;

    /// <inheritdoc />
    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    /// <summary>Frees the cache's buffers.</summary>
    protected abstract void Release();
}
