namespace RnnKata.Lab05;

/// <summary>What the decoder reads at steps 1 … T − 1 during training (step 0 reads GO = 0).</summary>
public enum DecoderFeed
{
    /// <summary>The seed's choice: the encoder's inputs again, shifted by one: [0, x₀ … x_{T−2}]. The decoder re-reads the past.</summary>
    ShiftedEncoderInputs,

    /// <summary>Teacher forcing: the true future shifted by one, [0, y₀ … y_{T−2}], the values a free-running decoder should predict.</summary>
    ShiftedTargets,
}
