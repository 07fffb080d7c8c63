namespace RnnKata.Lab07;

/// <summary>One epoch of training, as the lecture's <c>processData</c> reports it.</summary>
/// <param name="Epoch">The epoch, from 1.</param>
/// <param name="TrainLoss">The mean of −ln p_c over the training phrases, each taken before its own SGD step.</param>
/// <param name="TrainAccuracy">The share of training phrases classified right, each before its own step.</param>
/// <param name="TestLoss">The mean of −ln p_c over the test phrases after the epoch (no step).</param>
/// <param name="TestAccuracy">The share of test phrases classified right after the epoch.</param>
public sealed record EpochMetrics(int Epoch, double TrainLoss, double TrainAccuracy, double TestLoss, double TestAccuracy);
