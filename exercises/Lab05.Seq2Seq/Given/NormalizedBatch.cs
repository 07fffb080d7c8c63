namespace RnnKata.Lab05;

/// <summary>A batch put on the input's scale: x' = (x − mean)/std/2.5 and y' = (y − mean)/std/2.5 (the seed's exercise 3).</summary>
/// <param name="Batch">The normalised batch.</param>
/// <param name="Mean">The mean of every input entry.</param>
/// <param name="Std">Their population standard deviation plus 1e-4 (the seed's <c>np.std(x) + 0.0001</c>).</param>
public sealed record NormalizedBatch(Seq2SeqBatch Batch, double Mean, double Std);
