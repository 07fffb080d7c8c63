namespace RnnKata.Experiments.Lab06;

/// <summary>One metric of one seed: its name and definition, the value, whether lower is better, and the seconds it took.</summary>
internal sealed record SeedValue(string Name, string Definition, double Value, bool? LowerIsBetter, double Seconds);
