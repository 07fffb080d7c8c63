namespace RnnKata.Engine;

/// <summary>
/// Where one layer's parameters lie in a <see cref="ParameterStore"/>. The parameter, gradient and
/// optimizer buffers share one layout, so the same block addresses a layer's values and its gradients.
/// </summary>
public sealed record ParameterBlock
{
    private ParameterBlock(int offset, int length, float initBound, RecurrentShape? recurrent, int linearInput, int linearOutput)
    {
        (Offset, Length, InitBound, Recurrent, LinearInput, LinearOutput) = (offset, length, initBound, recurrent, linearInput, linearOutput);
    }

    /// <summary>Index of the block's first float.</summary>
    public int Offset { get; }

    /// <summary>Floats in the block.</summary>
    public int Length { get; }

    /// <summary>b: every entry is initialised uniform in [−b, b) (PyTorch: 1/√H for recurrent layers, 1/√in for Linear).</summary>
    public float InitBound { get; }

    /// <summary>The recurrent layer this block holds, or null for a Linear layer.</summary>
    public RecurrentShape? Recurrent { get; }

    /// <summary>Inputs of a Linear layer (0 for a recurrent block).</summary>
    public int LinearInput { get; }

    /// <summary>Outputs of a Linear layer (0 for a recurrent block).</summary>
    public int LinearOutput { get; }

    /// <summary>
    /// Floats at the start of the block that L2 regularisation covers: <c>weight_ih</c> and <c>weight_hh</c>
    /// of a recurrent layer (they lie first and side by side), none of a Linear layer.
    /// </summary>
    public int RegularizedLength => Recurrent is { } shape ? shape.WeightIhLength + shape.WeightHhLength : 0;

    /// <summary>This block's recurrent tensors inside <paramref name="buffer"/> (the parameters or the gradients).</summary>
    /// <exception cref="InvalidOperationException">The block holds a Linear layer.</exception>
    public RecurrentWeights RecurrentIn(DeviceBuffer buffer) =>
        Recurrent is { } shape
            ? RecurrentWeights.Layout(shape, buffer, Offset)
            : throw new InvalidOperationException($"The block at {Offset} holds a Linear layer, not a recurrent one.");

    /// <summary>This block's Linear tensors inside <paramref name="buffer"/> (the parameters or the gradients).</summary>
    /// <exception cref="InvalidOperationException">The block holds a recurrent layer.</exception>
    public LinearWeights LinearIn(DeviceBuffer buffer) =>
        Recurrent is null
            ? LinearWeights.Layout(LinearInput, LinearOutput, buffer, Offset)
            : throw new InvalidOperationException($"The block at {Offset} holds a recurrent layer, not a Linear one.");

    internal static ParameterBlock ForRecurrent(int offset, RecurrentShape shape) =>
        new(offset, shape.ParameterCount, 1f / MathF.Sqrt(shape.Hidden), shape, 0, 0);

    internal static ParameterBlock ForLinear(int offset, int input, int output) =>
        new(offset, output * input + output, 1f / MathF.Sqrt(input), null, input, output);
}
