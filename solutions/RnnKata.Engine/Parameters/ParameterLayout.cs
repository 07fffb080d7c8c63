namespace RnnKata.Engine;

/// <summary>
/// The plan of a flat parameter store: layers reserve their blocks one after the other, then a
/// <see cref="ParameterStore"/> allocates and initialises the whole plan at once.
/// </summary>
public sealed class ParameterLayout
{
    private readonly List<ParameterBlock> _blocks = [];

    /// <summary>The blocks in the order they were reserved.</summary>
    public IReadOnlyList<ParameterBlock> Blocks => _blocks;

    /// <summary>Floats in all blocks together.</summary>
    public int Length { get; private set; }

    /// <summary>Reserves a recurrent layer's four tensors (PyTorch's layout: weight_ih, weight_hh, bias_ih, bias_hh).</summary>
    public ParameterBlock AddRecurrent(RecurrentShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return Add(ParameterBlock.ForRecurrent(Length, shape));
    }

    /// <summary>Reserves a Linear layer's weight (<paramref name="output"/> × <paramref name="input"/>) and bias.</summary>
    public ParameterBlock AddLinear(int input, int output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(input, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(output, 1);
        return Add(ParameterBlock.ForLinear(Length, input, output));
    }

    /// <summary>Reserves one learned scalar that starts at <paramref name="initialValue"/> (not drawn at random).</summary>
    public ParameterBlock AddScalar(float initialValue)
    {
        if (!float.IsFinite(initialValue))
            throw new ArgumentOutOfRangeException(nameof(initialValue), initialValue, "A scalar parameter must start at a finite value.");
        return Add(ParameterBlock.ForScalar(Length, initialValue));
    }

    private ParameterBlock Add(ParameterBlock block)
    {
        if ((long)Length + block.Length > int.MaxValue)
            throw new ArgumentException($"The parameters would exceed {int.MaxValue:N0} floats.");
        _blocks.Add(block);
        Length += block.Length;
        return block;
    }
}
