namespace RnnKata.Engine;

/// <summary>
/// The choices of a <see cref="Seq2SeqForecaster"/> beyond its <see cref="NetworkShape"/>: the L2 term and what it
/// covers, a learned output scale, and what the decoder reads. The defaults are the peer benchmark's seq2seq.
/// </summary>
public sealed record Seq2SeqOptions
{
    /// <summary>λ of the L2 term λ·½Σw², a finite number ≥ 0 (0: none).</summary>
    public float L2 { get; init; }

    /// <summary>Which parameters the L2 term covers (default the recurrent weights).</summary>
    public L2Scope L2Scope { get; init; } = L2Scope.RecurrentWeights;

    /// <summary>
    /// When true the prediction is ŷ = s·(h·Wᵀ + b) with one learned scalar s that starts at 1.0, the last parameter of
    /// the store (<see cref="Seq2SeqForecaster.OutputScale"/> reads it).
    /// </summary>
    public bool LearnedOutputScale { get; init; }

    /// <summary>What the decoder reads after its GO step (default the encoder's inputs shifted by one).</summary>
    public DecoderFeed DecoderFeed { get; init; } = DecoderFeed.ShiftedEncoderInputs;
}
