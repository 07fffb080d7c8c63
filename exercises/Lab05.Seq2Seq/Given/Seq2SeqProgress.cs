namespace RnnKata.Lab05;

/// <summary>One test report of a run: the iteration, its training batch's loss and the test batch's loss after the step.</summary>
public sealed record Seq2SeqProgress(int Iteration, double TrainLoss, double TestLoss);
