namespace RnnKata.Lab08;

/// <summary>
/// min-char-rnn's model and how it trains (chapter 8, "The classic alternative"): an Elman tanh layer of
/// <paramref name="Hidden"/> units reading the text in chunks of <paramref name="Chunk"/> characters, logits at every
/// step, the hidden state carried from chunk to chunk (reset when the text starts over), Adagrad with
/// <paramref name="LearningRate"/>, gradients clipped.
/// </summary>
/// <param name="Hidden">H (min-char-rnn: 100).</param>
/// <param name="Chunk">Characters per chunk (its <c>seq_length</c>, 25).</param>
/// <param name="Iterations">Chunks trained on, one Adagrad step each.</param>
/// <param name="LearningRate">Adagrad's lr (0.1).</param>
/// <param name="ClipSum">min-char-rnn clips the gradient of the loss summed over the chunk to ±5. This lab's loss is the
/// mean, whose gradient is 1/<paramref name="Chunk"/> of that sum's: it is clipped to ±ClipSum/Chunk, the same rule.</param>
/// <param name="ReportEvery">Steps between two <see cref="RoundReport"/>s (and one after the last step).</param>
/// <param name="GeneratedLength">Greedy characters in each report.</param>
/// <param name="Seed">Seeds the first weights and the samples' starting windows.</param>
/// <param name="Backend">Where the reference solution runs (null: RNNKATA_BACKEND or auto). The given double loop ignores it.</param>
public sealed record MinCharOptions(int Hidden = 100, int Chunk = 25, int Iterations = 20000, double LearningRate = 0.1, double ClipSum = 5,
                                    int ReportEvery = 1000, int GeneratedLength = 50, int Seed = 42, string? Backend = null)
{
    /// <summary>The limit of every entry of the mean loss's gradient: <see cref="ClipSum"/> / <see cref="Chunk"/>.</summary>
    public double ClipMean => ClipSum / Chunk;

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming <c>options</c> when a size or rate is out of range (the message names the
    /// field), or naming <c>corpus</c> when the training text is not longer than a chunk and its target.
    /// </summary>
    public void Require(CorpusSplit corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        const string options = "options";
        foreach (var (value, field) in new[] { (Hidden, nameof(Hidden)), (Chunk, nameof(Chunk)), (Iterations, nameof(Iterations)), (ReportEvery, nameof(ReportEvery)) })
        {
            if (value < 1)
                throw new ArgumentException($"options.{field} must be at least 1 but is {value}.", options);
        }
        if (GeneratedLength < 0)
            throw new ArgumentException($"options.GeneratedLength must not be negative but is {GeneratedLength}.", options);
        if (!(LearningRate > 0 && double.IsFinite(LearningRate) && ClipSum > 0 && double.IsFinite(ClipSum)))
            throw new ArgumentException($"options: LearningRate ({LearningRate}) and ClipSum ({ClipSum}) must be positive numbers.", options);
        if (corpus.Train.Length < Chunk + 2)
            throw new ArgumentException($"The training text holds {corpus.Train.Length} characters: min-char-rnn needs more than a chunk of {Chunk} and its targets.", nameof(corpus));
        if (corpus.Validation.Length < 2)
            throw new ArgumentException("The validation text needs at least 2 characters.", nameof(corpus));
    }

    /// <summary>
    /// min-char-rnn's smoothed loss after every step: it starts at <c>Chunk·ln V</c> (the loss of a uniform guess, summed
    /// over a chunk) and moves by <c>smooth ← 0.999·smooth + 0.001·Chunk·loss</c>, with <paramref name="losses"/> the mean losses.
    /// </summary>
    public IReadOnlyList<double> Smoothed(IEnumerable<double> losses, int vocabulary)
    {
        ArgumentNullException.ThrowIfNull(losses);
        double smooth = Chunk * Math.Log(vocabulary);
        return losses.Select(l => smooth = 0.999 * smooth + 0.001 * Chunk * l).ToArray();
    }
}
