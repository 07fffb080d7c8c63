namespace RnnKata.Lab06;

/// <summary>One epoch of training done.</summary>
/// <param name="Epoch">The epoch, from 1.</param>
/// <param name="Epochs">Epochs in the run.</param>
/// <param name="TrainLoss">The mean batch MSE of that epoch (each batch's loss before its step).</param>
public sealed record EpochProgress(int Epoch, int Epochs, double TrainLoss);
