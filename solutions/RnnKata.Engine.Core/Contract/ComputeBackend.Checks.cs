namespace RnnKata.Engine;

// Argument checks shared by every backend: one wording of each error, whatever runs the math.
public abstract partial class ComputeBackend
{
    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(IsDisposed, this);

    private void Own(Slice slice, string name, int? expectedLength = null, string? shape = null)
    {
        ThrowIfDisposed();
        if (!slice.IsPresent)
            throw new ArgumentException($"{name} is required but is absent.", name);
        Belongs(slice, name);
        if (expectedLength is { } length && slice.Length != length)
            throw new ArgumentException(
                $"{name} must hold {length} floats{(shape is null ? "" : $" ({shape})")} but holds {slice.Length}.", name);
    }

    private void Optional(Slice slice, string name, int expectedLength, string shape)
    {
        if (slice.IsPresent)
            Own(slice, name, expectedLength, shape);
    }

    private void Belongs(Slice slice, string name)
    {
        var buffer = slice.Buffer!;
        if (!ReferenceEquals(buffer.Owner, this))
            throw new ArgumentException($"{name} lives on another backend ({buffer.Owner.Description}), not on {Description}.", name);
        if (buffer.IsDisposed)
            throw new ObjectDisposedException(name, $"{name}'s buffer has been disposed.");
    }

    private (int Batch, int Steps) CheckRecurrent(RecurrentShape shape, RecurrentWeights weights, RecurrentCache cache)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(cache);
        if (!ReferenceEquals(cache.Owner, this))
            throw new ArgumentException(
                $"The cache was created by another backend ({cache.Owner?.Description ?? "none"}), not by {Description}: create it with this backend's CreateRecurrentCache.",
                nameof(cache));
        if (cache.Shape != shape)
            throw new ArgumentException($"The cache was made for {Describe(cache.Shape)}, not for {Describe(shape)}.", nameof(cache));
        CheckWeights(shape, weights, nameof(weights));
        return (cache.Batch, cache.Steps);
    }

    private void CheckWeights(RecurrentShape shape, RecurrentWeights weights, string name)
    {
        var g = shape.Gates * shape.Hidden;
        Own(weights.WeightIh, name + ".WeightIh", shape.WeightIhLength, $"{g}×{shape.Input} (G·H×I)");
        Own(weights.WeightHh, name + ".WeightHh", shape.WeightHhLength, $"{g}×{shape.Hidden} (G·H×H)");
        Own(weights.BiasIh, name + ".BiasIh", shape.BiasLength, $"{g} (G·H)");
        Own(weights.BiasHh, name + ".BiasHh", shape.BiasLength, $"{g} (G·H)");
    }

    private void CheckCellArgument(RecurrentShape shape, Slice slice, string name, int batch)
    {
        if (shape.HasCellState)
            Optional(slice, name, batch * shape.Hidden, $"{batch}×{shape.Hidden} (B×H)");
        else if (slice.IsPresent)
            throw new ArgumentException($"{name} is only for the LSTM; a {shape.Cell} layer has no cell state.", name);
    }

    private void CheckLinear(LinearWeights weights, string name, int rows, int input, int output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(input, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(output, 1);
        Own(weights.Weight, name + ".Weight", output * input, $"{output}×{input}");
        Own(weights.Bias, name + ".Bias", output, $"{output}");
    }

    private static string Describe(RecurrentShape shape) => $"{shape.Cell}({shape.Input}→{shape.Hidden})";
}
