using RnnKata.Given.Recurrent;

namespace RnnKata.Lab08;

/// <summary>
/// The lecture's model and how it trains (chapter 8, "The lecture's network"): windows of <paramref name="Steps"/>
/// one-hot characters predict the next; a recurrent layer of <paramref name="Hidden"/> units read at its last step, then
/// a dense softmax over the alphabet; Adam with Keras's defaults; <paramref name="Epochs"/> rounds of one epoch of
/// batches of <paramref name="BatchSize"/>, each followed by <paramref name="GeneratedLength"/> greedy characters.
/// </summary>
/// <param name="Cell">Elman (tanh, Keras's SimpleRNN) or LSTM.</param>
/// <param name="Layers">Stacked recurrent layers.</param>
/// <param name="Hidden">H, units per layer (the lecture: 128).</param>
/// <param name="Steps">Characters per window (the lecture's <c>slen</c>, 10).</param>
/// <param name="BatchSize">Windows per step (128).</param>
/// <param name="Epochs">Rounds of one epoch (25).</param>
/// <param name="LearningRate">Adam's lr (1e-3).</param>
/// <param name="Beta1">Adam's β₁ (0.9).</param>
/// <param name="Beta2">Adam's β₂ (0.999).</param>
/// <param name="Epsilon">Adam's ε (Keras: 1e-7).</param>
/// <param name="GeneratedLength">Greedy characters after each round (50).</param>
/// <param name="Seed">Seeds the first weights, the shuffles and the samples' starting windows.</param>
/// <param name="Backend">Where the reference solution runs (auto, cuda, ilgpu-cpu, simd; null: RNNKATA_BACKEND or auto). The given double loop ignores it.</param>
public sealed record LectureOptions(RecurrentCell Cell = RecurrentCell.Elman, int Layers = 1, int Hidden = 128, int Steps = 10, int BatchSize = 128,
                                    int Epochs = 25, double LearningRate = 1e-3, double Beta1 = 0.9, double Beta2 = 0.999, double Epsilon = 1e-7,
                                    int GeneratedLength = 50, int Seed = 42, string? Backend = null)
{
    /// <summary>The network over an alphabet of <paramref name="vocabulary"/> characters, as a <see cref="NetworkSpec"/>.</summary>
    public NetworkSpec Spec(int vocabulary) => new(Cell, Hidden, Layers, ElmanActivation.Tanh, Readout.LastStep, vocabulary, vocabulary);

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming <c>options</c> when a size or rate is out of range (the message names the
    /// field), or naming <c>corpus</c> when the training text holds fewer windows than one batch or the validation text is not
    /// longer than a window.
    /// </summary>
    public void Require(CorpusSplit corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        const string options = "options";
        if (Cell is not (RecurrentCell.Elman or RecurrentCell.Lstm))
            throw new ArgumentException($"options.Cell must be Elman or Lstm, not {Cell}.", options);
        foreach (var (value, field) in new[] { (Layers, nameof(Layers)), (Hidden, nameof(Hidden)), (Steps, nameof(Steps)), (BatchSize, nameof(BatchSize)), (Epochs, nameof(Epochs)) })
        {
            if (value < 1)
                throw new ArgumentException($"options.{field} must be at least 1 but is {value}.", options);
        }
        if (GeneratedLength < 0)
            throw new ArgumentException($"options.GeneratedLength must not be negative but is {GeneratedLength}.", options);
        if (!(LearningRate > 0 && double.IsFinite(LearningRate) && Beta1 is >= 0 and < 1 && Beta2 is >= 0 and < 1 && Epsilon > 0 && double.IsFinite(Epsilon)))
            throw new ArgumentException($"options: LearningRate ({LearningRate}) and Epsilon ({Epsilon}) must be positive numbers, Beta1 ({Beta1}) and Beta2 ({Beta2}) in [0, 1).", options);
        if (corpus.Train.Length - Steps < BatchSize)
            throw new ArgumentException($"The training text holds {Math.Max(0, corpus.Train.Length - Steps)} windows of {Steps} characters, fewer than one batch of {BatchSize}.", nameof(corpus));
        if (corpus.Validation.Length <= Steps)
            throw new ArgumentException($"The validation text holds {corpus.Validation.Length} characters: it needs more than one window of {Steps}.", nameof(corpus));
    }
}
