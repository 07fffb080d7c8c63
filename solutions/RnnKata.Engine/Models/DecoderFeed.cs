namespace RnnKata.Engine;

/// <summary>What a <see cref="Seq2SeqForecaster"/>'s decoder reads at steps 1 … T−1 (step 0 reads a zero GO step).</summary>
public enum DecoderFeed
{
    /// <summary>The encoder's inputs shifted by one: [0, x_0 … x_{T−2}] (the peer benchmark's seq2seq).</summary>
    ShiftedEncoderInputs,

    /// <summary>
    /// Teacher forcing: the loaded targets shifted by one, [0, y_0 … y_{T−2}]; needs O = I. Training, evaluation and
    /// <see cref="SequenceModel.Predict"/> read the loaded targets; <see cref="Seq2SeqForecaster.PredictFreeRunning"/>
    /// forecasts without them.
    /// </summary>
    ShiftedTargets,
}
