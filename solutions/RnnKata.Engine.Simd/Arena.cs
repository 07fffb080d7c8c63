using System.Runtime.InteropServices;

namespace RnnKata.Engine.Simd;

/// <summary>
/// Scratch memory of one thread: numbered, 64-byte aligned native blocks that grow on demand and are
/// reused from call to call, so the hot paths never allocate.
/// </summary>
internal sealed unsafe class Arena : IDisposable
{
    /// <summary>Packed A panel of the GEMM.</summary>
    public const int PackA = 0;

    /// <summary>Packed B panel of the GEMM.</summary>
    public const int PackB = 1;

    /// <summary>One MR × NR output tile of the GEMM (edges).</summary>
    public const int Tile = 2;

    /// <summary>The hidden product of one step (recurrent forward).</summary>
    public const int Hidden = 3;

    /// <summary>∂c carried between steps (LSTM backward).</summary>
    public const int Carry = 4;

    /// <summary>Weights packed once per recurrent call (shared by the threads, in the caller's arena).</summary>
    public const int Weights = 5;

    /// <summary>The hidden product of one step for the whole batch (lock-step mode, in the caller's arena).</summary>
    public const int SharedProduct = 6;

    private const int Slots = 7;
    private readonly float*[] _blocks = new float*[Slots];
    private readonly long[] _capacity = new long[Slots];

    /// <summary>At least <paramref name="length"/> floats in slot <paramref name="slot"/> (old contents are not kept).</summary>
    public float* Get(int slot, long length)
    {
        if (_capacity[slot] < length)
        {
            var grown = Math.Max(length, _capacity[slot] * 3 / 2);
            NativeMemory.AlignedFree(_blocks[slot]);
            _blocks[slot] = null;
            _capacity[slot] = 0;
            _blocks[slot] = (float*)NativeMemory.AlignedAlloc((nuint)(grown * sizeof(float)), 64);
            _capacity[slot] = grown;
        }
        return _blocks[slot];
    }

    public void Dispose()
    {
        for (var i = 0; i < Slots; i++)
        {
            NativeMemory.AlignedFree(_blocks[i]);
            _blocks[i] = null;
            _capacity[i] = 0;
        }
    }
}
