namespace RnnKata.Engine;

/// <summary>
/// A recurrent network's head for a fixed number of rows: Linear(H → O), or Linear(H → K) → relu → Linear(K → O) with
/// K = <see cref="NetworkShape.HeadHidden"/>, and the buffers its hidden layer needs between the passes.
/// </summary>
internal sealed class DenseHead : IDisposable
{
    private readonly DeviceBuffer? _activations;
    private readonly DeviceBuffer? _activationGradients;

    public DenseHead(ParameterStore store, ParameterBlock? hiddenBlock, ParameterBlock outputBlock, int rows)
    {
        Rows = rows;
        Output = new LinearLayer(store, outputBlock);
        if (hiddenBlock is null)
            return;
        Hidden = new LinearLayer(store, hiddenBlock);
        _activations = store.Backend.Allocate(rows * Hidden.Output);
        _activationGradients = store.Backend.Allocate(rows * Hidden.Output);
    }

    /// <summary>Rows per pass.</summary>
    public int Rows { get; }

    /// <summary>The hidden dense layer (H → K), or null.</summary>
    public LinearLayer? Hidden { get; }

    /// <summary>The output layer (H or K → O).</summary>
    public LinearLayer Output { get; }

    /// <summary>Matmul FLOPs of a forward pass.</summary>
    public double ForwardFlops => Output.ForwardFlops(Rows) + (Hidden?.ForwardFlops(Rows) ?? 0);

    /// <summary>Reserves the head's blocks after what <paramref name="layout"/> holds: the hidden layer's (when K &gt; 0), then the output layer's.</summary>
    public static (ParameterBlock? Hidden, ParameterBlock Output) Reserve(ParameterLayout layout, int input, int hidden, int output)
    {
        var hiddenBlock = hidden > 0 ? layout.AddLinear(input, hidden) : null;
        return (hiddenBlock, layout.AddLinear(hidden > 0 ? hidden : input, output));
    }

    /// <summary>outputs = head(inputs), [rows × O] from [rows × H].</summary>
    public void Forward(Slice inputs, Slice outputs)
    {
        if (Hidden is null)
        {
            Output.Forward(inputs, outputs, Rows);
            return;
        }
        Hidden.Forward(inputs, _activations!.All, Rows);
        Output.Store.Backend.Relu(_activations.All, _activations.All);
        Output.Forward(_activations.All, outputs, Rows);
    }

    /// <summary>Accumulates the head's parameter gradients and overwrites ∂inputs, after a <see cref="Forward"/> of the same inputs.</summary>
    public void Backward(Slice inputs, Slice outputGradients, Slice inputGradients)
    {
        if (Hidden is null)
        {
            Output.Backward(inputs, outputGradients, inputGradients, Rows);
            return;
        }
        var (a, da) = (_activations!.All, _activationGradients!.All);
        Output.Backward(a, outputGradients, da, Rows);
        Output.Store.Backend.ReluBackward(a, da, da);
        Hidden.Backward(inputs, da, inputGradients, Rows);
    }

    public void Dispose()
    {
        _activationGradients?.Dispose();
        _activations?.Dispose();
    }
}
