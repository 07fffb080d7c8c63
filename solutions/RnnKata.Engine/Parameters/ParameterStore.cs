namespace RnnKata.Engine;

/// <summary>
/// All parameters of a model in one <see cref="DeviceBuffer"/> and their gradients in a second one with
/// the same layout (a <see cref="Trainer"/> keeps the optimizer's state in a third): the optimizer and the
/// gradient clipping then run over the whole model in one call each.
/// </summary>
public sealed class ParameterStore : IDisposable
{
    /// <summary>Allocates the buffers of <paramref name="layout"/> and initialises the parameters from <paramref name="seed"/>.</summary>
    /// <remarks>
    /// Like PyTorch: every entry of block k uniform in [−b_k, b_k) with b = 1/√H for a recurrent layer and
    /// 1/√in for a Linear layer (a scalar block starts at its <see cref="ParameterBlock.InitialValue"/>), drawn on the host from one <see cref="Random"/>(<paramref name="seed"/>)
    /// block after block, and uploaded once. The same seed gives the same parameters on every backend.
    /// </remarks>
    public ParameterStore(ComputeBackend backend, ParameterLayout layout, int seed)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(layout);
        if (layout.Length == 0)
            throw new ArgumentException("The layout holds no parameters.", nameof(layout));
        (Backend, Layout) = (backend, layout);
        Values = backend.Allocate(layout.Length);
        Gradients = backend.Allocate(layout.Length);
        backend.Upload(Values.All, Initialise(layout, seed));
    }

    /// <summary>The backend that holds the buffers.</summary>
    public ComputeBackend Backend { get; }

    /// <summary>The blocks.</summary>
    public ParameterLayout Layout { get; }

    /// <summary>Floats of parameters.</summary>
    public int Count => Layout.Length;

    /// <summary>The parameters.</summary>
    public DeviceBuffer Values { get; }

    /// <summary>The gradients (same layout as <see cref="Values"/>), accumulated by the backward passes.</summary>
    public DeviceBuffer Gradients { get; }

    /// <summary>Host values of every parameter, block after block, as <see cref="ParameterStore"/>'s constructor draws them.</summary>
    public static float[] Initialise(ParameterLayout layout, int seed)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var random = new Random(seed);
        var host = new float[layout.Length];
        foreach (var block in layout.Blocks)
        {
            if (block.InitialValue is { } value)
            {
                host.AsSpan(block.Offset, block.Length).Fill(value);
                continue;
            }
            var bound = block.InitBound;
            // A double just below b can round to b in float: keep the interval half-open.
            var below = MathF.BitDecrement(bound);
            for (var i = block.Offset; i < block.Offset + block.Length; i++)
                host[i] = MathF.Min((float)((2 * random.NextDouble() - 1) * bound), below);
        }
        return host;
    }

    /// <summary>Zeroes the gradients (before each training iteration: backward passes accumulate).</summary>
    public void ZeroGradients() => Backend.Fill(Gradients.All, 0f);

    /// <summary>
    /// Adds λ·w to the gradients of every recurrent layer's weights (not biases, not Linear layers) and
    /// returns λ/2·Σw² over them.
    /// </summary>
    public float L2Penalty(float lambda)
    {
        float penalty = 0;
        foreach (var block in Layout.Blocks.Where(b => b.RegularizedLength > 0))
            penalty += Backend.L2Penalty(
                Values.Slice(block.Offset, block.RegularizedLength), Gradients.Slice(block.Offset, block.RegularizedLength), lambda);
        return penalty;
    }

    /// <summary>A host copy of the parameters.</summary>
    public float[] ReadValues() => Backend.Download(Values.All);

    /// <summary>A host copy of the gradients.</summary>
    public float[] ReadGradients() => Backend.Download(Gradients.All);

    /// <summary>Replaces every parameter with <paramref name="values"/> (<see cref="Count"/> floats).</summary>
    public void WriteValues(ReadOnlySpan<float> values) => Backend.Upload(Values.All, values);

    /// <inheritdoc />
    public void Dispose()
    {
        Gradients.Dispose();
        Values.Dispose();
    }
}
