namespace RnnKata.Lab02;

/// <summary>How <c>Training.Train</c> trains: full-batch gradient descent for a fixed number of epochs.</summary>
public sealed record TrainingOptions
{
    /// <summary>Checks and holds the options.</summary>
    /// <param name="epochs">Number of updates (one per pass over the whole batch), at least 1.</param>
    /// <param name="learningRate">The SGD step size η, positive.</param>
    /// <param name="activation">The hidden activation <c>f</c>.</param>
    /// <param name="clipNorm">When set, every gradient is clipped to this global norm before the update (positive).</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public TrainingOptions(int epochs, double learningRate, Activation activation = Activation.Tanh, double? clipNorm = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive finite number.");
        if (clipNorm is { } bound && (!(bound > 0) || !double.IsFinite(bound)))
            throw new ArgumentOutOfRangeException(nameof(clipNorm), clipNorm, "The clipping norm must be a positive finite number (or null for no clipping).");
        (Epochs, LearningRate, Activation, ClipNorm) = (epochs, learningRate, activation, clipNorm);
    }

    /// <summary>Number of updates.</summary>
    public int Epochs { get; }

    /// <summary>The SGD step size η.</summary>
    public double LearningRate { get; }

    /// <summary>The hidden activation.</summary>
    public Activation Activation { get; }

    /// <summary>The global norm gradients are clipped to, or null for no clipping.</summary>
    public double? ClipNorm { get; }
}
