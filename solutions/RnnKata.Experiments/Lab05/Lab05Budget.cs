namespace RnnKata.Experiments.Lab05;

/// <summary>The sizes of chapter 5's runs: <see cref="Full"/> is the seed's setting, <see cref="Quick"/> the same models on a
/// few iterations each (CI).</summary>
/// <param name="Iterations">Iterations per exercise, in the seed's order (the seed: 200, 2 500, 2 500).</param>
/// <param name="HeldOutBatches">Fresh batches of each exercise the per-element MSE is measured on.</param>
public sealed record Lab05Budget(IReadOnlyList<int> Iterations, int HeldOutBatches)
{
    /// <summary>The seed's setting.</summary>
    public static Lab05Budget Full { get; } = new([200, 2500, 2500], 10);

    /// <summary>CI-sized.</summary>
    public static Lab05Budget Quick { get; } = new([10, 10, 10], 1);
}
