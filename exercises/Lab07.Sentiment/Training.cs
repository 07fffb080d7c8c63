namespace RnnKata.Lab07;

/// <summary>The lecture's training loop (chapter 7, "Task 5"): SGD on one phrase at a time, gradients clipped, phrases shuffled every epoch.</summary>
public static class Training
{
    /// <summary>
    /// One SGD step in place: each gradient entry clipped to [−<paramref name="clip"/>, <paramref name="clip"/>], then
    /// <c>θ ← θ − lr·g</c> for W_xh, W_hh, W_hy, b_h and b_y. <paramref name="gradients"/> is not modified.
    /// </summary>
    /// <exception cref="ArgumentException">A gradient is not shaped like its parameter or holds NaN or infinity (the exception names
    /// <paramref name="gradients"/>), or lr or clip is not positive (naming it).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Hint: <c>g.Map(v =&gt; Math.Clamp(v, -clip, clip))</c>, then <c>θ.Subtract(lr * clipped, θ)</c> writes into θ.</remarks>
    public static void Step(SentimentRnn network, RnnGradients gradients, double learningRate, double clip) =>
        throw new NotImplementedException("Implement Training.Step — see docs/07-sentiment.md#task-5-the-training-loop");

    /// <summary>
    /// Trains the lecture's network: the vocabulary of the training texts (<see cref="Vocabulary.FromTexts"/>, in file order), the
    /// first weights from <see cref="LectureWeights.Draw"/>(V, H, seed), then <c>options.Epochs</c> epochs. Each epoch shuffles the
    /// order of the training phrases (Fisher–Yates from one <c>new Random(options.Seed)</c> made before the first epoch, the order
    /// carried from epoch to epoch: for k = N − 1 down to 1, swap k with <c>random.Next(k + 1)</c>), then for each phrase in that
    /// order runs the forward pass, adds its loss and whether it was right, runs the backward pass and takes one
    /// <see cref="Step"/>. After the epoch the model is scored on <paramref name="test"/> (<see cref="SentimentModel.Evaluate"/>),
    /// the epoch's <see cref="EpochMetrics"/> is recorded and passed to <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The options are out of range (naming <c>options</c>), or a set is empty, holds a phrase
    /// with no word or a class other than 0 or 1 (naming the set).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TrainedSentiment Fit(IReadOnlyList<SentimentExample> train, IReadOnlyList<SentimentExample> test, TrainingOptions options,
                                       Action<EpochMetrics>? progress = null) =>
        throw new NotImplementedException("Implement Training.Fit — see docs/07-sentiment.md#task-5-the-training-loop");
}
