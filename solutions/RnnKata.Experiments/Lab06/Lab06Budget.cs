namespace RnnKata.Experiments.Lab06;

/// <summary>The sizes of chapter 6's runs: <see cref="Full"/> is the lecture's setting, <see cref="Quick"/> the same models for a second or two (CI).</summary>
/// <param name="LectureEpochs">Epochs on the lecture's series (the lecture: 100).</param>
/// <param name="StockEpochs">Epochs on the stock's returns.</param>
/// <param name="Hidden">Units of the recurrent layer (the lecture: 32).</param>
public sealed record Lab06Budget(int LectureEpochs, int StockEpochs, int Hidden)
{
    /// <summary>The lecture's setting.</summary>
    public static Lab06Budget Full { get; } = new(100, 100, 32);

    /// <summary>CI-sized.</summary>
    public static Lab06Budget Quick { get; } = new(2, 2, 8);
}
