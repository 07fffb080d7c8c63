using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04;

/// <summary>What to train and how (chapter 4, "The training loop").</summary>
/// <param name="Network">The model: cell, hidden size, layers, readout (every step or last step).</param>
/// <param name="Loss">The loss the optimizer minimises (also the one reported).</param>
/// <param name="Optimizer">Gradient descent or Adam.</param>
/// <param name="LearningRate">lr, positive.</param>
/// <param name="BatchSize">Windows per step, positive.</param>
/// <param name="Seed">Seeds the initial weights (<see cref="RecurrentModel.Seeded"/>) and the random batches.</param>
/// <param name="ReportEvery">Progress is reported every this many iterations (random windows) or epochs (a data set), and after the last.</param>
/// <param name="Backend">Where the reference solution runs (auto, cuda, ilgpu-cpu, simd; null: RNNKATA_BACKEND or auto).
/// Your code runs in double on the CPU and ignores it.</param>
/// <param name="RestoreLowestBatchLoss">Return the parameters as they were right after the step whose batch loss (measured
/// before that step) was the lowest of the run, instead of the final ones: what the LSTM lab's TF1 <c>Saver</c> does when it
/// saves whenever the loss beats the best so far and restores the last save. <see cref="TrainedModel.Losses"/> still lists every step.</param>
public sealed record TrainingOptions(NetworkSpec Network, LossFunction Loss, OptimizerKind Optimizer, double LearningRate, int BatchSize,
                                     int Seed = 42, int ReportEvery = 100, string? Backend = null, bool RestoreLowestBatchLoss = false);
