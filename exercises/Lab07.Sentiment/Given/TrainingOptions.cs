namespace RnnKata.Lab07;

/// <summary>
/// The lecture's training (chapter 7, "The lecture's network"): an Elman tanh network of <paramref name="Hidden"/> units,
/// SGD with <paramref name="LearningRate"/> on one phrase at a time, every gradient clipped to
/// [−<paramref name="Clip"/>, <paramref name="Clip"/>], the phrases shuffled every epoch, <paramref name="Epochs"/> epochs.
/// </summary>
/// <param name="Hidden">H (the lecture: 64).</param>
/// <param name="Epochs">Passes over the training phrases (the lecture: 1000).</param>
/// <param name="LearningRate">SGD's step (the lecture: 0.02).</param>
/// <param name="Clip">Each gradient entry is clipped to [−Clip, Clip] (the lecture: 1).</param>
/// <param name="Seed">Seeds the first weights (<see cref="LectureWeights"/>) and the shuffles.</param>
public sealed record TrainingOptions(int Hidden = 64, int Epochs = 1000, double LearningRate = 0.02, double Clip = 1, int Seed = 42)
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming <c>options</c> (and the field) when a size or rate is out of range.</summary>
    public void Require()
    {
        const string options = "options";
        if (Hidden < 1 || Epochs < 1)
            throw new ArgumentException($"options.Hidden ({Hidden}) and options.Epochs ({Epochs}) must be at least 1.", options);
        if (!(LearningRate > 0) || !double.IsFinite(LearningRate))
            throw new ArgumentException($"options.LearningRate must be a positive finite number but is {LearningRate}.", options);
        if (!(Clip > 0) || double.IsNaN(Clip))
            throw new ArgumentException($"options.Clip must be positive (infinity: no clipping) but is {Clip}.", options);
    }
}
