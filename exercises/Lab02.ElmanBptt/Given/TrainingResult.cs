namespace RnnKata.Lab02;

/// <summary>What <c>Training.Train</c> returns.</summary>
/// <param name="Parameters">The parameters after the last update.</param>
/// <param name="Losses">The loss before each update: <c>Losses[0]</c> is the loss of the initial
/// parameters, <c>Losses[e]</c> the loss after e updates; one entry per epoch.</param>
public sealed record TrainingResult(ElmanParameters Parameters, IReadOnlyList<double> Losses);
