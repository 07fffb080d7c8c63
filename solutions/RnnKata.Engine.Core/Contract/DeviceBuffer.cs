namespace RnnKata.Engine;

/// <summary>
/// A block of float32 memory owned by one backend: host memory for <c>simd</c>, device memory for
/// <c>cuda</c> and <c>ilgpu-cpu</c>. Create it with <see cref="ComputeBackend.Allocate"/>; it starts zeroed.
/// Matrices inside it are dense and row-major; a sequence of T steps of B×F matrices is stored
/// time-major, step after step (step t starts at t·B·F).
/// </summary>
public abstract class DeviceBuffer : IDisposable
{
    /// <summary>A buffer of <paramref name="length"/> floats belonging to <paramref name="owner"/>.</summary>
    protected DeviceBuffer(ComputeBackend owner, int length)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        (Owner, Length) = (owner, length);
    }

    /// <summary>The backend that allocated this buffer; only it can read or write the buffer.</summary>
    public ComputeBackend Owner { get; }

    /// <summary>The number of floats.</summary>
    public int Length { get; }

    /// <summary>True once disposed.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>The whole buffer as a slice.</summary>
    public Slice All => new(this, 0, Length);

    /// <summary><paramref name="length"/> floats from <paramref name="offset"/>.</summary>
    public Slice Slice(int offset, int length) => new(this, offset, length);

    /// <inheritdoc />
    public void Dispose()
    {
        if (IsDisposed)
            return;
        IsDisposed = true;
        Release();
        GC.SuppressFinalize(this);
    }

    /// <summary>Frees the memory (called once, by <see cref="Dispose"/>).</summary>
    protected abstract void Release();
}
