namespace RnnKata.Grading;

/// <summary>How one lab is scored: its points and the weights of its tests.</summary>
/// <param name="Points">What the lab is worth.</param>
/// <param name="Weights">Weight rules, first match wins; empty means every test weighs 1.</param>
public sealed record LabScheme(int Points, IReadOnlyList<WeightRule> Weights)
{
    /// <summary>The weight of the test named <paramref name="fullName"/>.</summary>
    public double WeightOf(string fullName) => Weights.FirstOrDefault(rule => rule.Matches(fullName))?.Weight ?? 1.0;
}
