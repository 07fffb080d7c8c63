namespace RnnKata.Lab08;

/// <summary>What a training loop reports after each round (the lecture's <c>Iteration #</c>; every
/// <see cref="MinCharOptions.ReportEvery"/> steps for min-char-rnn).</summary>
/// <param name="Round">The round, from 1.</param>
/// <param name="Rounds">Rounds in the run.</param>
/// <param name="TrainLoss">The lecture: the round's mean batch loss; min-char-rnn: its smoothed loss divided by the chunk length. Nats per character.</param>
/// <param name="ValidationBits">Cross-entropy on the held-out tail, bits per character.</param>
/// <param name="Seed">The 10 training characters the sample starts from (picked at random, as the lecture does).</param>
/// <param name="Greedy">The characters generated greedily after <paramref name="Seed"/>.</param>
public sealed record RoundReport(int Round, int Rounds, double TrainLoss, double ValidationBits, string Seed, string Greedy)
{
    /// <summary>The report after a round of <paramref name="model"/>: its validation bits per character and a greedy sample of
    /// <paramref name="length"/> characters from a random window of the training text (drawn from <paramref name="random"/>).</summary>
    public static RoundReport Of(CharModel model, int round, int rounds, double trainLoss, CorpusSplit corpus, int length, Random random)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(random);
        const int seedLength = 10;
        int start = random.Next(corpus.Train.Length - seedLength + 1);
        var seed = corpus.Train.Substring(start, seedLength);
        return new RoundReport(round, rounds, trainLoss, model.BitsPerChar(corpus.Validation), seed, model.Generate(seed, length, null, random));
    }
}
