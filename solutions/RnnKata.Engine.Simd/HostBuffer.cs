using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RnnKata.Engine.Simd;

/// <summary>The SIMD backend's memory: a float array on the pinned heap, so kernels use raw pointers without fixing it.</summary>
internal sealed unsafe class HostBuffer : DeviceBuffer
{
    private float[] _array;

    public HostBuffer(SimdBackend owner, int length) : base(owner, length)
    {
        _array = GC.AllocateArray<float>(length, pinned: true);
        Pointer = (float*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_array));
    }

    /// <summary>The first float (valid until disposed).</summary>
    public float* Pointer { get; private set; }

    /// <summary>The address of <paramref name="slice"/>'s first float, or null for an absent slice.</summary>
    public static float* Of(Slice slice) => slice.Buffer is HostBuffer host ? host.Pointer + slice.Offset : null;

    /// <summary><paramref name="slice"/> as a span.</summary>
    public static Span<float> SpanOf(Slice slice) => new(Of(slice), slice.Length);

    protected override void Release()
    {
        _array = [];
        Pointer = null;
    }
}
