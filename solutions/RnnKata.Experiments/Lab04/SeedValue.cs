namespace RnnKata.Experiments.Lab04;

/// <summary>One metric of one seed's run, before the seeds are summarised into a median.</summary>
/// <param name="Name">The metric, the same for every seed.</param>
/// <param name="Definition">How it is measured and on what setting.</param>
/// <param name="Value">This seed's value.</param>
/// <param name="LowerIsBetter">Which way is better.</param>
/// <param name="Seconds">Wall-clock seconds of the run that produced it (0 for a value computed after it).</param>
/// <param name="SeedFigure">The original lab's figure under the same definition, or null.</param>
internal sealed record SeedValue(string Name, string Definition, double Value, bool LowerIsBetter = true, double Seconds = 0, double? SeedFigure = null);
