namespace RnnKata.Engine;

/// <summary>
/// The four tensors of one recurrent layer (or their gradients), as slices of a parameter buffer,
/// in PyTorch's layout (see <see cref="RecurrentShape"/>).
/// </summary>
/// <param name="WeightIh">G·H × I, row-major.</param>
/// <param name="WeightHh">G·H × H, row-major.</param>
/// <param name="BiasIh">G·H.</param>
/// <param name="BiasHh">G·H.</param>
public readonly record struct RecurrentWeights(Slice WeightIh, Slice WeightHh, Slice BiasIh, Slice BiasHh)
{
    /// <summary>Lays the four tensors of <paramref name="shape"/> out one after the other from <paramref name="offset"/>.</summary>
    public static RecurrentWeights Layout(RecurrentShape shape, DeviceBuffer buffer, int offset)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var weightIh = buffer.Slice(offset, shape.WeightIhLength);
        var weightHh = buffer.Slice(weightIh.Offset + weightIh.Length, shape.WeightHhLength);
        var biasIh = buffer.Slice(weightHh.Offset + weightHh.Length, shape.BiasLength);
        var biasHh = buffer.Slice(biasIh.Offset + biasIh.Length, shape.BiasLength);
        return new RecurrentWeights(weightIh, weightHh, biasIh, biasHh);
    }
}
