namespace RnnKata.Lab04;

/// <summary>One progress report of the training loop.</summary>
/// <param name="Iteration">The iteration (from 0, random windows) or the epoch (from 1, a data set).</param>
/// <param name="TrainLoss">Random windows: the loss of that iteration's batch (before its step). A data set: the mean batch loss of the epoch.</param>
/// <param name="TestLoss">The loss on the held-out windows with the current weights, or null when there are none.</param>
public sealed record TrainingProgress(int Iteration, double TrainLoss, double? TestLoss);
