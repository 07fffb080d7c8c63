namespace RnnKata.Lab02;

/// <summary>What <see cref="BpttExperiment.Run"/> measured.</summary>
/// <param name="Training">For each activation, the loss before each epoch's update (<see cref="TrainingResult.Losses"/>).</param>
/// <param name="Reach">For each activation, <c>‖∂J/∂h‖</c> k = 1, 2, … steps back from the last output (<see cref="GradientReach.Norms"/>).</param>
public sealed record BpttExperimentResult(
    IReadOnlyList<(Activation Activation, IReadOnlyList<double> Losses)> Training,
    IReadOnlyList<(Activation Activation, IReadOnlyList<double> Norms)> Reach);
