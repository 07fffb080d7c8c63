namespace RnnKata.Experiments.Running;

/// <summary>Where an experiment is: what it is doing, how far along, and (while it trains) its latest losses.</summary>
/// <param name="Stage">What runs now, e.g. <c>LSTM, T = 100, seed 42</c>.</param>
/// <param name="Fraction">Done so far, 0 to 1, of the whole experiment.</param>
/// <param name="TrainLoss">The latest training loss, or null when the stage does not train.</param>
/// <param name="TestLoss">The latest loss on held-out data, or null.</param>
public sealed record ProgressUpdate(string Stage, double Fraction, double? TrainLoss = null, double? TestLoss = null);
