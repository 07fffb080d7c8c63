namespace RnnKata.Lab07;

/// <summary>What <see cref="Training.Fit"/> returns: the trained model and every epoch's scores.</summary>
/// <param name="Model">The vocabulary of the training phrases and the trained network.</param>
/// <param name="History">One entry per epoch, in order.</param>
public sealed record TrainedSentiment(SentimentModel Model, IReadOnlyList<EpochMetrics> History);
