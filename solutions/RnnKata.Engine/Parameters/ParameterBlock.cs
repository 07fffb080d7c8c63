namespace RnnKata.Engine;

/// <summary>
/// Where one layer's parameters lie in a <see cref="ParameterStore"/>. The parameter, gradient and
/// optimizer buffers share one layout, so the same block addresses a layer's values and its gradients.
/// </summary>
public sealed record ParameterBlock
{
    private ParameterBlock(int offset, int length, float initBound, RecurrentShape? recurrent, int linearInput, int linearOutput, float? initialValue = null)
    {
        (Offset, Length, InitBound, Recurrent, LinearInput, LinearOutput, InitialValue) =
            (offset, length, initBound, recurrent, linearInput, linearOutput, initialValue);
    }

    /// <summary>Index of the block's first float.</summary>
    public int Offset { get; }

    /// <summary>Floats in the block.</summary>
    public int Length { get; }

    /// <summary>b: every entry is initialised uniform in [−b, b) (PyTorch: 1/√H for recurrent layers, 1/√in for Linear).</summary>
    public float InitBound { get; }

    /// <summary>The value every entry starts at, for a scalar block (e.g. a learned output scale starting at 1); null: uniform in [−b, b).</summary>
    public float? InitialValue { get; }

    /// <summary>True for a block of one learned scalar (from <see cref="ParameterLayout.AddScalar"/>).</summary>
    public bool IsScalar => InitialValue is not null;

    /// <summary>The recurrent layer this block holds, or null for a Linear layer or a scalar.</summary>
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
    /// <exception cref="InvalidOperationException">The block holds a recurrent layer or a scalar.</exception>
    public LinearWeights LinearIn(DeviceBuffer buffer) =>
        Recurrent is null && !IsScalar
            ? LinearWeights.Layout(LinearInput, LinearOutput, buffer, Offset)
            : throw new InvalidOperationException($"The block at {Offset} holds a {(IsScalar ? "scalar" : "recurrent layer")}, not a Linear layer.");

    internal static ParameterBlock ForRecurrent(int offset, RecurrentShape shape) =>
        new(offset, shape.ParameterCount, 1f / MathF.Sqrt(shape.Hidden), shape, 0, 0);

    internal static ParameterBlock ForScalar(int offset, float initialValue) => new(offset, 1, 0f, null, 0, 0, initialValue);

    internal static ParameterBlock ForLinear(int offset, int input, int output) =>
        new(offset, output * input + output, 1f / MathF.Sqrt(input), null, input, output);
}
