namespace RnnKata.Engine;

/// <summary>A linear layer y = x·Wᵀ + b (or its gradients): <paramref name="Weight"/> is O × I row-major, <paramref name="Bias"/> has O entries.</summary>
public readonly record struct LinearWeights(Slice Weight, Slice Bias)
{
    /// <summary>Lays W (O × I) and b (O) out one after the other from <paramref name="offset"/>.</summary>
    public static LinearWeights Layout(int input, int output, DeviceBuffer buffer, int offset)
    {
        var weight = buffer.Slice(offset, output * input);
        return new LinearWeights(weight, buffer.Slice(offset + weight.Length, output));
    }
}
