using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab05;

/// <summary>The seed's normalisation of exercise 3 (chapter 5, "Normalising the noisy signal").</summary>
public static class Normalization
{
    /// <summary>
    /// Task 5: m = the mean of every input entry (all steps, sequences and features), s = their population standard
    /// deviation + 1e-4; returns x' = (x − m)/s/2.5 and the targets with the inputs' statistics, y' = (y − m)/s/2.5.
    /// </summary>
    /// <exception cref="ArgumentException">No steps, a step shaped unlike the first input step, or a NaN or infinity
    /// (the exception names <paramref name="batch"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or its Inputs or Targets is null.</exception>
    /// <remarks>Hint: the population deviation divides by N, not N − 1 (NumPy's <c>np.std</c>). The targets use the inputs'
    /// statistics because at prediction time only the inputs are known.</remarks>
    public static NormalizedBatch Normalize(Seq2SeqBatch batch) =>
        throw new NotImplementedException("Implement Normalization.Normalize — see docs/05-seq2seq.md#task-5-normalising-the-noisy-signal");
}
