namespace RnnKata.Engine;

/// <summary>
/// A contiguous range of a <see cref="DeviceBuffer"/>: what every engine operation reads and writes.
/// A slice with no buffer (<c>default</c>) means "not wanted" where an operation says an output is optional.
/// </summary>
public readonly record struct Slice
{
    /// <summary>Floats <paramref name="offset"/> … <paramref name="offset"/> + <paramref name="length"/> − 1 of <paramref name="buffer"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside the buffer.</exception>
    public Slice(DeviceBuffer buffer, int offset, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (offset < 0 || length < 0 || (long)offset + length > buffer.Length)
            throw new ArgumentOutOfRangeException(
                nameof(offset), $"A slice [{offset}, {(long)offset + length}) does not fit in a buffer of {buffer.Length} floats.");
        (Buffer, Offset, Length) = (buffer, offset, length);
    }

    /// <summary>The buffer, or null for the empty "not wanted" slice.</summary>
    public DeviceBuffer? Buffer { get; }

    /// <summary>Index of the first float in <see cref="Buffer"/>.</summary>
    public int Offset { get; }

    /// <summary>The number of floats.</summary>
    public int Length { get; }

    /// <summary>False for <c>default(Slice)</c>: an optional output that is not wanted.</summary>
    public bool IsPresent => Buffer is not null;

    /// <summary>A part of this slice: <paramref name="length"/> floats from <paramref name="offset"/> (relative).</summary>
    public Slice Part(int offset, int length)
    {
        if (Buffer is null)
            throw new InvalidOperationException("An absent slice has no parts.");
        if (offset < 0 || length < 0 || (long)offset + length > Length)
            throw new ArgumentOutOfRangeException(
                nameof(offset), $"A part [{offset}, {(long)offset + length}) does not fit in a slice of {Length} floats.");
        return new Slice(Buffer, Offset + offset, length);
    }

    /// <summary>Step <paramref name="t"/> of a time-major sequence whose steps are <paramref name="stepLength"/> floats long.</summary>
    public Slice Step(int t, int stepLength) => Part(t * stepLength, stepLength);

    /// <inheritdoc />
    public override string ToString() => Buffer is null ? "(absent)" : $"[{Offset}, {Offset + Length})";
}
