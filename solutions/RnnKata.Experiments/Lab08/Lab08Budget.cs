namespace RnnKata.Experiments.Lab08;

/// <summary>The sizes of chapter 8's runs: <see cref="Full"/> is the lecture's setting, <see cref="Quick"/> the same code for seconds (CI).</summary>
/// <param name="LectureEpochs">Rounds of one epoch (the lecture: 25).</param>
/// <param name="LectureHidden">Units of the lecture's recurrent layer (128).</param>
/// <param name="CorpusCharacters">Characters of the prepared corpus used, or null for all of it.</param>
/// <param name="MinCharIterations">min-char-rnn's steps (chunks of 25).</param>
/// <param name="MinCharReportEvery">Steps between its reports.</param>
/// <param name="SpeedBatches">Batches of 128 windows in each speed run.</param>
public sealed record Lab08Budget(int LectureEpochs, int LectureHidden, int? CorpusCharacters, int MinCharIterations, int MinCharReportEvery, int SpeedBatches)
{
    /// <summary>The lecture's setting.</summary>
    public static Lab08Budget Full { get; } = new(25, 128, null, 20000, 1000, 200);

    /// <summary>CI-sized.</summary>
    public static Lab08Budget Quick { get; } = new(2, 16, 4000, 200, 100, 2);
}
