namespace RnnKata.Lab05;

/// <summary>One of the seed's three exercises: the model, the batches and the budget it trains with.</summary>
/// <param name="Name">What the seed calls it.</param>
/// <param name="Spec">Its model.</param>
/// <param name="BatchSize">B.</param>
/// <param name="Iterations">The seed's <c>nb_iters</c>.</param>
/// <param name="Batches">Draws a batch of the given size; exercise 3's normalises it with <see cref="Normalization.Normalize"/>.</param>
/// <param name="SeedTestLoss">The seed's final test loss (its own definition).</param>
/// <param name="SeedSeconds">The seed's wall time, TF 1.15 on Colab.</param>
public sealed record SeedExercise(string Name, Seq2SeqSpec Spec, int BatchSize, int Iterations, Func<int, Random, Seq2SeqBatch> Batches,
                                  double SeedTestLoss, double SeedSeconds);

/// <summary>The seed's three exercises with its settings and its reported numbers.</summary>
public static class SeedExercises
{
    /// <summary>Exercise 1: sine and cosine, hidden 12, batch 32, 200 iterations; the seed ends at test 1.31 in 7 s.</summary>
    public static SeedExercise SineCosine { get; } = new("sine and cosine", new Seq2SeqSpec(2, 12), 32, 200, SeedSignals.SineCosine, 1.31, 7);

    /// <summary>Exercise 2: two frequencies, 15 steps, hidden 50, batch 64, 2 500 iterations; test 57.2 in 79 s.</summary>
    public static SeedExercise TwoFrequencies { get; } =
        new("two frequencies", new Seq2SeqSpec(1, 50), 64, 2500, (b, r) => SeedSignals.TwoFrequencies(b, r), 57.2, 79);

    /// <summary>Exercise 3: the same with noise, 30 steps, normalised; test 83.2 in 128 s.</summary>
    public static SeedExercise Noisy { get; } =
        new("noisy, normalised", new Seq2SeqSpec(1, 50), 64, 2500, (b, r) => Normalization.Normalize(SeedSignals.NoisyTwoFrequencies(b, r)).Batch, 83.2, 128);

    /// <summary>All three, in order.</summary>
    public static IReadOnlyList<SeedExercise> All { get; } = [SineCosine, TwoFrequencies, Noisy];
}
