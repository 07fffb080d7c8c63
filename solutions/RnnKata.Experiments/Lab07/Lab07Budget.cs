namespace RnnKata.Experiments.Lab07;

/// <summary>The sizes of chapter 7's runs: <see cref="Full"/> is the lecture's setting, <see cref="Quick"/> the same model for a second (CI).</summary>
/// <param name="Epochs">Passes over the training phrases (the lecture: 1000).</param>
/// <param name="Hidden">Hidden units (the lecture: 64).</param>
public sealed record Lab07Budget(int Epochs, int Hidden)
{
    /// <summary>The lecture's setting.</summary>
    public static Lab07Budget Full { get; } = new(1000, 64);

    /// <summary>CI-sized.</summary>
    public static Lab07Budget Quick { get; } = new(20, 8);
}
