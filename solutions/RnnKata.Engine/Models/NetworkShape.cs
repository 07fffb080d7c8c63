namespace RnnKata.Engine;

/// <summary>
/// The sizes and kind of a <see cref="RecurrentNetwork"/>: L stacked recurrent layers of one cell (I → H → … → H)
/// with a Linear head (H → O) on the last step or on every step, for batches of B sequences of T steps, trained
/// with <see cref="Loss"/>. <see cref="Validate"/> checks it in one place; <see cref="RecurrentNetwork.Create"/> and
/// <see cref="Seq2SeqForecaster.Create(ComputeBackend, NetworkShape, Seq2SeqOptions, int)"/> call it.
/// </summary>
/// <example>
/// The LSTM of the sine lab: <c>new NetworkShape { Cell = CellKind.Lstm, Input = 1, Hidden = 128, Output = 1, Steps = 10,
/// Batch = 64, Head = HeadPlacement.LastStep, Loss = LossKind.MeanSquaredError }</c>.
/// </example>
public sealed record NetworkShape
{
    /// <summary>The cell of every layer.</summary>
    public required CellKind Cell { get; init; }

    /// <summary>L, the number of stacked recurrent layers (default 1).</summary>
    public int Layers { get; init; } = 1;

    /// <summary>I, features per step.</summary>
    public required int Input { get; init; }

    /// <summary>H, hidden units of every layer.</summary>
    public required int Hidden { get; init; }

    /// <summary>O, the head's outputs per prediction (the number of classes, for the cross-entropy).</summary>
    public required int Output { get; init; }

    /// <summary>T, steps per sequence in one batch.</summary>
    public required int Steps { get; init; }

    /// <summary>B, sequences per batch.</summary>
    public required int Batch { get; init; }

    /// <summary>
    /// Units of a hidden dense layer in a <see cref="RecurrentNetwork"/>'s head (default 0: none). When &gt; 0 the head is
    /// Linear(H → HeadHidden) → relu → Linear(HeadHidden → O), like Keras' <c>Dense(8, activation='relu')</c> then
    /// <c>Dense(1)</c>; its parameters follow the recurrent layers: the hidden layer's W, b, then the output layer's W, b.
    /// </summary>
    public int HeadHidden { get; init; }

    /// <summary>Where the head reads (default every step).</summary>
    public HeadPlacement Head { get; init; } = HeadPlacement.EveryStep;

    /// <summary>The loss (default mean squared error). <see cref="LossKind.SoftmaxCrossEntropy"/> makes the network a classifier.</summary>
    public LossKind Loss { get; init; } = LossKind.MeanSquaredError;

    /// <summary>True for a classifier: the head's outputs are logits over <see cref="Output"/> classes.</summary>
    public bool Classifies => Loss == LossKind.SoftmaxCrossEntropy;

    /// <summary>Steps of predictions in one batch: 1 for a last-step head, T for an every-step head.</summary>
    public int PredictionSteps => Head == HeadPlacement.LastStep ? 1 : Steps;

    /// <summary>Rows of predictions in one batch: B, or T·B.</summary>
    public int PredictionRows => PredictionSteps * Batch;

    /// <summary>Features per target row: one class index for a classifier, else O values.</summary>
    public int TargetFeatures => Classifies ? 1 : Output;

    /// <summary>
    /// Matmul FLOPs of one forward pass: Σ over layers of 2·B·T·G·H·(in + H), plus 2·rows·H·O for the head
    /// (2·rows·(H·HeadHidden + HeadHidden·O) with a hidden dense layer).
    /// </summary>
    public double ForwardFlops =>
        Enumerable.Range(0, Layers).Sum(l => new RecurrentShape(Cell, l == 0 ? Input : Hidden, Hidden).ForwardFlops(Batch, Steps))
        + 2.0 * PredictionRows * (HeadHidden > 0 ? Hidden * HeadHidden + HeadHidden * Output : Hidden * Output);

    /// <summary>Checks every size and kind; throws naming the first that is wrong.</summary>
    /// <exception cref="ArgumentException">A size below 1, a negative <see cref="HeadHidden"/>, or an unknown cell, head placement or loss.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Cell))
            throw new ArgumentException($"Unknown cell {Cell}.", nameof(Cell));
        if (!Enum.IsDefined(Head))
            throw new ArgumentException($"Unknown head placement {Head}.", nameof(Head));
        if (!Enum.IsDefined(Loss))
            throw new ArgumentException($"Unknown loss {Loss}.", nameof(Loss));
        foreach (var (name, value) in new[] { (nameof(Layers), Layers), (nameof(Input), Input), (nameof(Hidden), Hidden),
                                              (nameof(Output), Output), (nameof(Steps), Steps), (nameof(Batch), Batch) })
        {
            if (value < 1)
                throw new ArgumentException($"A network needs {name} ≥ 1, not {value}.", name);
        }
        if (HeadHidden < 0)
            throw new ArgumentException($"{nameof(HeadHidden)} is the width of the head's hidden dense layer: 0 for none or ≥ 1, not {HeadHidden}.", nameof(HeadHidden));
        if (Classifies && Output < 2)
            throw new ArgumentException($"A cross-entropy network needs at least 2 classes (Output), not {Output}.", nameof(Output));
    }
}
