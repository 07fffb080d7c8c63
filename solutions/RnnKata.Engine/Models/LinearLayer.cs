namespace RnnKata.Engine;

/// <summary>A Linear layer y = x·Wᵀ + b whose parameters live in a <see cref="ParameterStore"/>.</summary>
public sealed class LinearLayer
{
    /// <summary>The layer of <paramref name="block"/> (from <see cref="ParameterLayout.AddLinear"/>).</summary>
    public LinearLayer(ParameterStore store, ParameterBlock block)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(block);
        (Store, Input, Output) = (store, block.LinearInput, block.LinearOutput);
        Weights = block.LinearIn(store.Values);
        Gradients = block.LinearIn(store.Gradients);
    }

    /// <summary>The parameter store.</summary>
    public ParameterStore Store { get; }

    /// <summary>Inputs per row.</summary>
    public int Input { get; }

    /// <summary>Outputs per row.</summary>
    public int Output { get; }

    /// <summary>W and b.</summary>
    public LinearWeights Weights { get; }

    /// <summary>∂W and ∂b.</summary>
    public LinearWeights Gradients { get; }

    /// <summary>y = x·Wᵀ + b for <paramref name="rows"/> rows (y overwritten).</summary>
    public void Forward(Slice inputs, Slice outputs, int rows) =>
        Store.Backend.LinearForward(Weights, inputs, outputs, rows, Input, Output);

    /// <summary>Accumulates ∂W, ∂b; overwrites ∂x when <paramref name="inputGradients"/> is present.</summary>
    public void Backward(Slice inputs, Slice outputGradients, Slice inputGradients, int rows) =>
        Store.Backend.LinearBackward(Weights, inputs, outputGradients, Gradients, inputGradients, rows, Input, Output);

    /// <summary>Matmul FLOPs of a forward pass over <paramref name="rows"/> rows: 2·rows·in·out.</summary>
    public double ForwardFlops(int rows) => 2.0 * rows * Input * Output;
}
